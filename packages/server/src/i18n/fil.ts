// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Kumpirmahin ang inyong lagda: {title}',
  'mail.confirm.body':
    'Humiling kayong lumagda sa petisyong “{title}”.\n\nPara makumpirma ang inyong lagda, buksan ang link na ito at pindutin ang button na “Kumpirmahin ang aking lagda”:\n{link}\n\nGumagana ang link sa loob ng {duration}. Mabibilang lang ang inyong lagda kapag nakumpirma na ito. Kung hindi kayo humiling na lumagda, huwag pansinin ang email na ito: walang malalagdaan.',
  'mail.confirm.withdraw':
    'Kung magbago ang inyong isip, maaari ninyong bawiin ang inyong lagda habang bukas pa ang petisyon:\n{withdrawLink}',
  'mail.already.subject': 'Nakalagda na kayo: {title}',
  'mail.already.body':
    'May sumubok na lumagda sa petisyong “{title}” gamit ang email address na ito, na nakalagda na rito. Isang beses lang makalalagda ang bawat address, kaya walang nagbago.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Kumpirmahin ang inyong lagda',
  'page.confirm.intro':
    'Humiling kayong lumagda sa petisyong ito. Mabibilang lang ang inyong lagda kapag nakumpirma na ninyo ito.',
  'page.confirm.button': 'Kumpirmahin ang aking lagda',
  'page.confirm.ignore': 'Kung hindi kayo humiling na lumagda, isara ang pahinang ito: walang malalagdaan.',
  'page.petition': 'Petisyon: {title}',
  'page.confirmed.title': 'Nakumpirma ang lagda',
  'page.confirmed.body': 'Salamat. Nakumpirma na ang inyong lagda at bilang na ito.',
  'page.already.title': 'Nakumpirma na ang lagda',
  'page.already.body': 'Nakumpirma na dati ang inyong lagda. Isang beses lang ito binibilang.',
  'page.unknown.title': 'Hindi makilala ang link',
  'page.unknown.body':
    'Hindi wasto ang link ng kumpirmasyon na ito. Tiyaking binuksan ninyo ang buong link mula sa inyong pinakabagong email, o lumagda muli sa petisyon.',
  'page.expired.title': 'Nag-expire na ang link',
  'page.expired.body':
    'Gumagana lang ang mga link ng kumpirmasyon sa loob ng {duration}, at nag-expire na ang link na ito. Lumagda muli sa petisyon para makakuha ng bagong link.',
  'page.closed.title': 'Hindi bukas ang petisyon',
  'page.closed.body': 'Hindi tumatanggap ng lagda ang petisyong ito, kaya hindi nakumpirma ang inyong lagda.',
  'page.refused.title': 'Tinanggihan ang kumpirmasyon',
  'page.refused.body': 'Kumpirmahin ang inyong lagda gamit ang button sa pahinang binubuksan ng link sa inyong email.',
  'page.withdraw.title': 'Bawiin ang inyong lagda',
  'page.withdraw.intro': 'Aalisin sa petisyong ito ang inyong lagda, pangalan at email address. Hindi na ito maibabalik.',
  'page.withdraw.button': 'Bawiin ang aking lagda',
  'page.withdraw.ignore': 'Kung ayaw ninyong bawiin, isara ang pahinang ito: walang magbabago.',
  'page.withdrawn.title': 'Binawi na ang lagda',
  'page.withdrawn.body': 'Inalis na sa petisyon ang inyong lagda, kasama ang inyong pangalan at email address.',
  'page.withdraw.closed': 'Hindi na bukas ang petisyong ito, kaya hindi na mababago ang mga lagda nito.',
  'page.confirm.updates':
    'I-email ako kapag naabot ng petisyong ito ang isang target, nakatanggap ito ng tugon, o nagsara na ito',
  'mail.update.milestone.subject': '{count} lagda: {title}',
  'mail.update.milestone.body': 'Umabot na sa {count} lagda ang petisyong “{title}” na nilagdaan ninyo.',
  'mail.update.response.subject': 'Tugon sa petisyon: {title}',
  'mail.update.response.body': 'Tumugon ang {agency} sa petisyong “{title}” na nilagdaan ninyo:\n\n{response}',
  'mail.update.closed.subject': 'Sarado na ang petisyon: {title}',
  'mail.update.closed.body':
    'Nagsara na ang petisyong “{title}” na nilagdaan ninyo, na may {count} lagda. Kung may ilalathalang tugon, matatanggap ninyo ito sa email.',
  'mail.update.stop':
    'Natatanggap ninyo ang mga email na ito dahil hiniling ninyo ang mga ito nang kumpirmahin ninyo ang inyong lagda. Para itigil ang mga ito, buksan ang link na ito:\n{link}',
  'page.updates.title': 'Itigil ang mga email tungkol sa petisyong ito',
  'page.updates.intro': 'Hindi na kayo makatatanggap ng email tungkol sa petisyong ito. Bilang pa rin ang inyong lagda.',
  'page.updates.button': 'Itigil ang mga email',
  'page.updates.stopped.title': 'Itinigil na ang mga email',
  'page.updates.stopped.body': 'Hindi na kayo makatatanggap ng email tungkol sa petisyong ito. Bilang pa rin ang inyong lagda.',
  'mail.replies.confirm.subject': 'Kumpirmahin ang mga email tungkol sa mga sagot: {title}',
  'mail.replies.confirm.body':
    'Humiling kayong masabihan sa email kapag may sumagot sa inyong mga komento sa talakayang “{title}”.\n\nPara kumpirmahin, buksan ang link na ito at pindutin ang button na “Kumpirmahin”:\n{link}\n\nGumagana ang link sa loob ng {duration}. Habang hindi pa kayo nagkukumpirma, wala kaming ipapadalang iba sa inyo. Kung hindi kayo ang humiling nito, huwag pansinin ang email na ito.',
  'mail.replies.digest.subject': 'Mga bagong sagot sa inyong komento: {title}',
  'mail.replies.digest.body': 'May mga bagong sagot sa inyong mga komento sa talakayang “{title}”:',
  'mail.replies.reply': 'Isinulat ni {name}:',
  'mail.replies.anonymous': 'Anonimo',
  'mail.replies.more': 'Iba pang bagong sagot: {count}',
  'mail.replies.read': 'Basahin ang talakayan:\n{link}',
  'mail.replies.stop':
    'Natatanggap ninyo ang mga email na ito, hindi hihigit sa isa bawat oras, dahil hiniling ninyo ang mga ito nang mag-post kayo ng komento. Para itigil ang mga ito, buksan ang link na ito:\n{link}',
  'page.discussion': 'Talakayan: {title}',
  'page.replies.confirm.title': 'Kumpirmahin ang mga email tungkol sa mga sagot',
  'page.replies.confirm.intro':
    'Humiling kayong masabihan sa email kapag may sumagot sa inyong mga komento sa talakayang ito. Wala kaming ipapadala habang hindi pa kayo nagkukumpirma.',
  'page.replies.confirm.button': 'Kumpirmahin',
  'page.replies.confirm.ignore':
    'Kung hindi kayo ang humiling nito, isara ang pahinang ito: hindi kayo makatatanggap ng email tungkol sa mga sagot.',
  'page.replies.confirmed.title': 'Nakumpirma ang mga email tungkol sa mga sagot',
  'page.replies.confirmed.body':
    'Kapag may sumagot sa inyong mga komento sa talakayang ito, makatatanggap kayo ng email, hindi hihigit sa isa bawat oras. May link ang bawat isa para itigil ang mga ito.',
  'page.replies.unknown.body':
    'Hindi wasto ang link na ito. Tiyaking binuksan ninyo ang buong link mula sa inyong pinakabagong email.',
  'page.replies.expired.body':
    'Gumagana lang ang mga link ng kumpirmasyon sa loob ng {duration}, at nag-expire na ang link na ito. Ibigay muli ang inyong email address sa susunod na mag-post kayo ng komento.',
  'page.replies.stop.title': 'Itigil ang mga email tungkol sa mga sagot',
  'page.replies.stop.intro':
    'Hindi na kayo makatatanggap ng email tungkol sa mga sagot sa talakayang ito. Mananatili ang inyong mga komento gaya ng dati.',
  'page.replies.stop.all': 'Itigil din ang mga email tungkol sa mga sagot sa lahat ng iba pang talakayan, ngayon at sa hinaharap',
  'page.replies.stop.button': 'Itigil ang mga email',
  'page.replies.stopped.body': 'Hindi na kayo makatatanggap ng email tungkol sa mga sagot sa talakayang ito.',
  'page.replies.stopped.all':
    'Hindi na kayo makatatanggap ng email tungkol sa mga sagot sa address na ito, sa anumang talakayan.',
  'page.replies.back': 'Bumalik sa talakayan',
  'page.back': 'Bumalik sa petisyon',
  'page.home': 'Pumunta sa {agency}',
};

export default messages;
