import type { Message } from '@civic-widgets/elements';
import type { StaffMessageKey } from './en.js';

/** Ang mga pahinang Mga kawani (listahan, imbitasyon, isang kawani), sa Filipino. */
const messages: Partial<Record<StaffMessageKey, Message>> = {
  'staff.title': 'Mga kawani',
  'staff.intro':
    'Lahat ng makakapag-sign in sa console na ito, at kung ano ang pinapayagan ng kanilang tungkulin. Itinatakda ng bawat tao ang sarili niyang password sa pamamagitan ng isang beses na link.',
  'staff.loading': 'Nilo-load ang mga kawani…',
  'staff.loadError': 'Hindi ma-load ang listahan ng mga kawani: {detail}',
  'staff.retry': 'Subukang muli',
  'staff.invite': 'Mag-imbita ng kawani',
  'staff.caption': { one: '{count} kawani', other: '{count} kawani' },
  'staff.you': '(kayo)',
  'staff.never': 'Hindi pa kailanman',
  'col.name': 'Pangalan',
  'col.email': 'Email address',
  'col.role': 'Tungkulin',
  'col.status': 'Katayuan',
  'col.methods': 'Nagsa-sign in gamit ang',
  'col.lastSignIn': 'Huling pag-sign in',
  'status.invited': 'Inimbitahan',
  'status.active': 'Aktibo',
  'status.disabled': 'Naka-disable',
  'method.password': 'Password',
  'method.oidc': 'Single sign-on',
  'method.none': 'Hindi pa naka-set up',
  'role.admin': 'Tagapangasiwa',
  'role.editor': 'Patnugot',
  'role.moderator': 'Moderator',
  'role.analyst': 'Analista',
  'roleHint.admin': 'Magagawa ang lahat, kasama ang pamamahala sa mga kawani, site at setting.',
  'roleHint.editor':
    'Gumagawa at nag-e-edit ng nilalaman, naglalathala ng mga tugon sa petisyon at sumusuri ng mga lagda sa petisyon.',
  'roleHint.moderator': 'Sumusuri ng mga komento at nagba-block ng mga tao o network na nang-aabuso sa mga widget.',
  'roleHint.analyst': 'Nagbabasa ng mga resulta at nagda-download ng mga export. Walang mababago.',
  'invite.title': 'Mag-imbita ng kawani',
  'invite.intro':
    'Makakatanggap kayo ng isang beses na link na ipapadala ninyo sa tao. Bubuksan niya ito para pumili ng sarili niyang password, saka siya magsa-sign in.',
  'invite.email': 'Email address sa trabaho',
  'invite.emailHint': 'Ito ang address na gagamitin niya sa pag-sign in.',
  'invite.name': 'Pangalan (opsyonal)',
  'invite.nameHint':
    'Kung paano siya lalabas sa console at sa talaan ng audit. Kung iiwan ninyong blangko, gagamitin ang bahagi ng email address bago ang @.',
  'invite.role': 'Tungkulin',
  'invite.roleHint': 'Piliin kung ano ang puwede niyang gawin. Mababago ninyo ito sa ibang pagkakataon.',
  'invite.submit': 'Gumawa ng imbitasyon',
  'invite.working': 'Ginagawa ang imbitasyon…',
  'invite.errorTitle': 'Hindi nagawa ang imbitasyon',
  'invite.emailRequired': 'Ilagay ang kanyang email address',
  'invite.roleRequired': 'Pumili ng tungkulin',
  'invited.title': 'Nagawa na ang imbitasyon',
  'invited.status': 'Inimbitahan si {name} na may tungkuling {role}.',
  'invited.send':
    'Ipadala ang link na ito sa {email}, halimbawa sa email o chat. Isang beses lang ito gagana, sa loob ng 72 oras. Ngayon lang ito ipinapakita: kopyahin ito bago ninyo iwan ang pahinang ito.',
  'invited.linkLabel': 'Isang beses na link sa pag-set up para kay {name}',
  'invited.another': 'Mag-imbita ng iba',
  back: 'Bumalik sa lahat ng kawani',
  copy: 'Kopyahin ang link',
  copied: 'Nakopya na ang link.',
  copyFailed: 'Napili na ang link: kopyahin ito gamit ang inyong keyboard o ang menu.',
  'member.loading': 'Naglo-load…',
  'member.notFound': 'Hindi nahanap ang kawani',
  'member.notFoundBody': 'Walang kawaning may ganitong numero. Bumalik sa listahan ng mga kawani.',
  'member.you':
    'Ito ang sarili ninyong account. Hindi ninyo maaaring bitawan ang inyong tungkulin bilang tagapangasiwa o i-disable ang inyong sarili: ibang tagapangasiwa ang dapat gumawa nito.',
  'member.added': 'Idinagdag noong',
  'member.errorTitle': 'Hindi na-save ang pagbabago',
  'member.roleTitle': 'Baguhin ang tungkulin',
  'member.roleHint': 'Kapag binago ang tungkulin, masa-sign out siya. Magsa-sign in siya muli para magamit ang bagong tungkulin.',
  'member.saveRole': 'I-save ang tungkulin',
  'member.roleSame': 'Nasa tungkuling ito na si {name}. Walang binago.',
  'member.roleSaved':
    'Binago ang tungkulin sa {role}. Na-sign out na si {name} at magsa-sign in siya muli gamit ang bagong tungkulin.',
  'member.linkTitle': 'Bagong link sa pag-set up',
  'member.linkIntro':
    'Kung nawala niya ang imbitasyon o nakalimutan ang password, gumawa ng bagong isang beses na link. Titigil sa paggana ang mga naunang link. Gagana pa rin ang kasalukuyan niyang password hanggang gamitin niya ang bagong link.',
  'member.makeLink': 'Gumawa ng bagong link sa pag-set up',
  'member.linkMade': 'Handa na ang bagong link sa pag-set up para kay {name}.',
  'member.linkSend':
    'Ipadala ang link na ito sa {email}. Isang beses lang ito gagana, sa loob ng 72 oras. Ngayon lang ito ipinapakita.',
  'member.linkDisabled': 'I-enable muli ang account bago gumawa ng link sa pag-set up.',
  'member.accessTitle': 'Pag-access',
  'member.disableIntro':
    'Kapag na-disable ang account, masa-sign out siya agad, permanenteng titigil ang kanyang mga API token at hindi na siya makakapag-sign in. Mananatili sa talaan ng audit ang kanyang mga ginawa.',
  'member.disable': 'I-disable ang account',
  'member.disableTitle': 'I-disable ang account ni {name}?',
  'member.disableBody':
    'Masa-sign out siya agad at hindi makakapag-sign in hanggang i-enable muli ng isang tagapangasiwa ang account. Permanenteng titigil sa paggana ang kanyang mga API token.',
  'member.disableConfirm': 'Oo, i-disable',
  'member.disabled': 'Naka-disable na ang account ni {name}. Na-sign out na siya.',
  'member.enableIntro':
    'Naka-disable ang account na ito. Kapag in-enable muli, makakapag-sign in siya ulit. Mananatiling binawi ang mga API token na binawi noong na-disable ito.',
  'member.enable': 'I-enable muli ang account',
  'member.enableTitle': 'I-enable muli ang account ni {name}?',
  'member.enableBody': 'Makakapag-sign in siya ulit, na may tungkuling {role}.',
  'member.enableConfirm': 'Oo, i-enable muli',
  'member.enabled': 'Naka-enable na muli ang account ni {name}.',
  cancel: 'Kanselahin',
};

export default messages;
