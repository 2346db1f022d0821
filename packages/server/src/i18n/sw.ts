// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Thibitisha sahihi yako: {title}',
  'mail.confirm.body':
    'Uliomba kutia sahihi ombi “{title}”.\n\nIli kuthibitisha sahihi yako, fungua kiungo hiki kisha ubonyeze kitufe cha “Thibitisha sahihi yangu”:\n{link}\n\nKiungo kinafanya kazi kwa {duration}. Sahihi yako inahesabiwa tu baada ya kuthibitishwa. Ikiwa hukuomba kutia sahihi, puuza barua pepe hii: hakuna kitakachotiwa sahihi.',
  'mail.confirm.withdraw': 'Ukibadili nia, unaweza kuondoa sahihi yako wakati ombi bado liko wazi:\n{withdrawLink}',
  'mail.already.subject': 'Tayari umetia sahihi: {title}',
  'mail.already.body':
    'Mtu fulani amejaribu kutia sahihi ombi “{title}” kwa anwani hii ya barua pepe, ambayo tayari imetia sahihi ombi hilo. Kila anwani inaweza kutia sahihi mara moja tu, kwa hiyo hakuna kilichobadilika.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Thibitisha sahihi yako',
  'page.confirm.intro': 'Uliomba kutia sahihi ombi hili. Sahihi yako inahesabiwa tu baada ya wewe kuithibitisha.',
  'page.confirm.button': 'Thibitisha sahihi yangu',
  'page.confirm.ignore': 'Ikiwa hukuomba kutia sahihi, funga ukurasa huu: hakuna kitakachotiwa sahihi.',
  'page.petition': 'Ombi: {title}',
  'page.confirmed.title': 'Sahihi imethibitishwa',
  'page.confirmed.body': 'Asante. Sahihi yako imethibitishwa na sasa inahesabiwa.',
  'page.already.title': 'Sahihi tayari imethibitishwa',
  'page.already.body': 'Sahihi yako ilikuwa tayari imethibitishwa. Inahesabiwa mara moja tu.',
  'page.unknown.title': 'Kiungo hakitambuliki',
  'page.unknown.body':
    'Kiungo hiki cha uthibitisho si halali. Hakikisha umefungua kiungo kizima kutoka kwenye barua pepe yako ya karibuni zaidi, au tia sahihi ombi tena.',
  'page.expired.title': 'Muda wa kiungo umekwisha',
  'page.expired.body':
    'Viungo vya uthibitisho vinafanya kazi kwa {duration}, na muda wa kiungo hiki umekwisha. Tia sahihi ombi tena ili upate kiungo kipya.',
  'page.closed.title': 'Ombi haliko wazi',
  'page.closed.body': 'Ombi hili halipokei sahihi, kwa hiyo sahihi yako haikuthibitishwa.',
  'page.refused.title': 'Uthibitisho umekataliwa',
  'page.refused.body':
    'Thibitisha sahihi yako kwa kitufe kilicho kwenye ukurasa unaofunguliwa na kiungo kilicho katika barua pepe yako.',
  'page.withdraw.title': 'Ondoa sahihi yako',
  'page.withdraw.intro':
    'Sahihi yako, jina lako na anwani yako ya barua pepe vitaondolewa kwenye ombi hili. Hatua hii haiwezi kutenduliwa.',
  'page.withdraw.button': 'Ondoa sahihi yangu',
  'page.withdraw.ignore': 'Ikiwa hutaki kuondoa sahihi yako, funga ukurasa huu: hakuna kitakachobadilika.',
  'page.withdrawn.title': 'Sahihi imeondolewa',
  'page.withdrawn.body': 'Sahihi yako imeondolewa kwenye ombi, pamoja na jina lako na anwani yako ya barua pepe.',
  'page.withdraw.closed': 'Ombi hili haliko wazi tena, kwa hiyo sahihi zake haziwezi kubadilika tena.',
  'page.confirm.updates': 'Nitumie barua pepe ombi hili linapofikia hatua muhimu, linapopata jibu au linapofungwa',
  'mail.update.milestone.subject': 'Sahihi {count}: {title}',
  'mail.update.milestone.body': 'Ombi “{title}” ulilotia sahihi limefikia sahihi {count}.',
  'mail.update.response.subject': 'Jibu kwa ombi: {title}',
  'mail.update.response.body': '{agency} imejibu ombi “{title}” ulilotia sahihi:\n\n{response}',
  'mail.update.closed.subject': 'Ombi limefungwa: {title}',
  'mail.update.closed.body':
    'Ombi “{title}” ulilotia sahihi limefungwa likiwa na sahihi {count}. Jibu likichapishwa, utalipokea kwa barua pepe.',
  'mail.update.stop':
    'Unapokea barua pepe hizi kwa sababu uliziomba ulipothibitisha sahihi yako. Ili kuzisimamisha, fungua kiungo hiki:\n{link}',
  'page.updates.title': 'Simamisha barua pepe kuhusu ombi hili',
  'page.updates.intro': 'Hutapokea tena barua pepe kuhusu ombi hili. Sahihi yako bado inahesabiwa.',
  'page.updates.button': 'Simamisha barua pepe',
  'page.updates.stopped.title': 'Barua pepe zimesimamishwa',
  'page.updates.stopped.body': 'Hutapokea tena barua pepe kuhusu ombi hili. Sahihi yako bado inahesabiwa.',
  'mail.replies.confirm.subject': 'Thibitisha barua pepe kuhusu majibu: {title}',
  'mail.replies.confirm.body':
    'Uliomba kujulishwa kwa barua pepe mtu anapojibu maoni yako katika mjadala “{title}”.\n\nIli kuthibitisha, fungua kiungo hiki kisha ubonyeze kitufe cha “Thibitisha”:\n{link}\n\nKiungo kinafanya kazi kwa {duration}. Hadi utakapothibitisha, hatutakutumia kitu kingine chochote. Ikiwa hukuomba hili, puuza barua pepe hii.',
  'mail.replies.digest.subject': 'Majibu mapya kwa maoni yako: {title}',
  'mail.replies.digest.body': 'Kuna majibu mapya kwa maoni yako katika mjadala “{title}”:',
  'mail.replies.reply': '{name} aliandika:',
  'mail.replies.anonymous': 'Bila jina',
  'mail.replies.more': 'Majibu mengine mapya: {count}',
  'mail.replies.read': 'Soma mjadala:\n{link}',
  'mail.replies.stop':
    'Unapokea barua pepe hizi, zisizozidi moja kwa saa, kwa sababu uliziomba ulipochapisha maoni. Ili kuzisimamisha, fungua kiungo hiki:\n{link}',
  'page.discussion': 'Mjadala: {title}',
  'page.replies.confirm.title': 'Thibitisha barua pepe kuhusu majibu',
  'page.replies.confirm.intro':
    'Uliomba kujulishwa kwa barua pepe mtu anapojibu maoni yako katika mjadala huu. Hatutumi chochote hadi utakapothibitisha.',
  'page.replies.confirm.button': 'Thibitisha',
  'page.replies.confirm.ignore': 'Ikiwa hukuomba hili, funga ukurasa huu: hutapokea barua pepe zozote kuhusu majibu.',
  'page.replies.confirmed.title': 'Barua pepe kuhusu majibu zimethibitishwa',
  'page.replies.confirmed.body':
    'Mtu anapojibu maoni yako katika mjadala huu, utapokea barua pepe, zisizozidi moja kwa saa. Kila moja ina kiungo cha kuzisimamisha.',
  'page.replies.unknown.body':
    'Kiungo hiki si halali. Hakikisha umefungua kiungo kizima kutoka kwenye barua pepe yako ya karibuni zaidi.',
  'page.replies.expired.body':
    'Viungo vya uthibitisho vinafanya kazi kwa {duration}, na muda wa kiungo hiki umekwisha. Andika anwani yako ya barua pepe tena utakapotoa maoni wakati ujao.',
  'page.replies.stop.title': 'Simamisha barua pepe kuhusu majibu',
  'page.replies.stop.intro': 'Hutapokea tena barua pepe kuhusu majibu katika mjadala huu. Maoni yako yanabaki kama yalivyo.',
  'page.replies.stop.all': 'Simamisha pia barua pepe kuhusu majibu katika mijadala mingine yote, sasa na baadaye',
  'page.replies.stop.button': 'Simamisha barua pepe',
  'page.replies.stopped.body': 'Hutapokea tena barua pepe kuhusu majibu katika mjadala huu.',
  'page.replies.stopped.all': 'Hutapokea tena barua pepe kuhusu majibu kwenye anwani hii, katika mjadala wowote.',
  'page.replies.back': 'Rudi kwenye mjadala',
  'page.back': 'Rudi kwenye ombi',
  'page.home': 'Nenda kwa {agency}',
};

export default messages;
