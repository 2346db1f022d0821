// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Deimhnigh do shíniú: {title}',
  'mail.confirm.body':
    'D’iarr tú an achainí “{title}” a shíniú.\n\nChun do shíniú a dheimhniú, oscail an nasc seo agus brúigh an cnaipe “Deimhnigh mo shíniú”:\n{link}\n\nOibreoidh an nasc ar feadh {duration}. Ní áireofar do shíniú go dtí go mbeidh sé deimhnithe. Murar iarr tú síniú, déan neamhaird den ríomhphost seo: ní shíneofar aon rud.',
  'mail.confirm.withdraw':
    'Má athraíonn tú d’intinn, is féidir leat do shíniú a tharraingt siar fad atá an achainí ar oscailt:\n{withdrawLink}',
  'mail.already.subject': 'Tá sí sínithe agat cheana: {title}',
  'mail.already.body':
    'Rinne duine éigin iarracht an achainí “{title}” a shíniú leis an seoladh ríomhphoist seo, ach síníodh an achainí leis an seoladh seo cheana. Ní féidir síniú ach uair amháin le gach seoladh, mar sin níor athraíodh aon rud.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Deimhnigh do shíniú',
  'page.confirm.intro': 'D’iarr tú an achainí seo a shíniú. Ní áireofar do shíniú go dtí go ndeimhníonn tú é.',
  'page.confirm.button': 'Deimhnigh mo shíniú',
  'page.confirm.ignore': 'Murar iarr tú síniú, dún an leathanach seo: ní shíneofar aon rud.',
  'page.petition': 'Achainí: {title}',
  'page.confirmed.title': 'Síniú deimhnithe',
  'page.confirmed.body': 'Go raibh maith agat. Deimhníodh do shíniú agus tá sé á áireamh anois.',
  'page.already.title': 'Síniú deimhnithe cheana',
  'page.already.body': 'Bhí do shíniú deimhnithe cheana. Ní áirítear é ach uair amháin.',
  'page.unknown.title': 'Nasc nár aithníodh',
  'page.unknown.body':
    'Níl an nasc deimhniúcháin seo bailí. Seiceáil gur oscail tú an nasc iomlán ón ríomhphost is déanaí a fuair tú, nó sínigh an achainí arís.',
  'page.expired.title': 'Nasc imithe in éag',
  'page.expired.body':
    'Oibríonn naisc deimhniúcháin ar feadh {duration}, agus tá an ceann seo imithe in éag. Sínigh an achainí arís chun nasc nua a fháil.',
  'page.closed.title': 'Níl an achainí ar oscailt',
  'page.closed.body': 'Níl an achainí seo ag glacadh le sínithe, mar sin níor deimhníodh do shíniú.',
  'page.refused.title': 'Diúltaíodh don deimhniú',
  'page.refused.body': 'Deimhnigh do shíniú leis an gcnaipe ar an leathanach a osclaíonn an nasc i do ríomhphost.',
  'page.withdraw.title': 'Tarraing siar do shíniú',
  'page.withdraw.intro': 'Bainfear do shíniú, d’ainm agus do sheoladh ríomhphoist den achainí seo. Ní féidir é seo a chealú.',
  'page.withdraw.button': 'Tarraing siar mo shíniú',
  'page.withdraw.ignore': 'Mura mian leat do shíniú a tharraingt siar, dún an leathanach seo: ní athrófar aon rud.',
  'page.withdrawn.title': 'Síniú tarraingthe siar',
  'page.withdrawn.body': 'Baineadh do shíniú den achainí, mar aon le d’ainm agus do sheoladh ríomhphoist.',
  'page.withdraw.closed': 'Níl an achainí seo ar oscailt níos mó, mar sin ní féidir a sínithe a athrú a thuilleadh.',
  'page.confirm.updates':
    'Seol ríomhphost chugam nuair a shroicheann an achainí seo cloch mhíle, nuair a fhaigheann sí freagra nó nuair a dhúntar í',
  'mail.update.milestone.subject': 'Sínithe: {count} — {title}',
  'mail.update.milestone.body': 'Tá cloch mhíle bainte amach ag an achainí “{title}” a shínigh tú. Sínithe: {count}.',
  'mail.update.response.subject': 'Freagra ar an achainí: {title}',
  'mail.update.response.body': 'Thug {agency} freagra ar an achainí “{title}” a shínigh tú:\n\n{response}',
  'mail.update.closed.subject': 'Achainí dúnta: {title}',
  'mail.update.closed.body':
    'Dúnadh an achainí “{title}” a shínigh tú. Sínithe: {count}. Má fhoilsítear freagra, gheobhaidh tú i ríomhphost é.',
  'mail.update.stop':
    'Tá na ríomhphoist seo á bhfáil agat toisc gur iarr tú iad nuair a dheimhnigh tú do shíniú. Chun iad a stopadh, oscail an nasc seo:\n{link}',
  'page.updates.title': 'Stop ríomhphoist faoin achainí seo',
  'page.updates.intro': 'Ní bhfaighidh tú a thuilleadh ríomhphost faoin achainí seo. Tá do shíniú á áireamh fós.',
  'page.updates.button': 'Stop na ríomhphoist',
  'page.updates.stopped.title': 'Stopadh na ríomhphoist',
  'page.updates.stopped.body': 'Ní bhfaighidh tú a thuilleadh ríomhphost faoin achainí seo. Tá do shíniú á áireamh fós.',
  'mail.replies.confirm.subject': 'Deimhnigh ríomhphoist faoi fhreagraí: {title}',
  'mail.replies.confirm.body':
    'D’iarr tú go gcuirfí in iúl duit i ríomhphost nuair a fhreagraíonn duine éigin do thráchtanna sa phlé “{title}”.\n\nChun é seo a dheimhniú, oscail an nasc seo agus brúigh an cnaipe “Deimhnigh”:\n{link}\n\nOibreoidh an nasc ar feadh {duration}. Go dtí go ndeimhníonn tú é, ní sheolfaimid aon rud eile chugat. Murar iarr tú é seo, déan neamhaird den ríomhphost seo.',
  'mail.replies.digest.subject': 'Freagraí nua ar do thrácht: {title}',
  'mail.replies.digest.body': 'Tá freagraí nua ar do thráchtanna sa phlé “{title}”:',
  'mail.replies.reply': 'Scríobh {name}:',
  'mail.replies.anonymous': 'Gan ainm',
  'mail.replies.more': 'Tuilleadh freagraí nua: {count}',
  'mail.replies.read': 'Léigh an plé:\n{link}',
  'mail.replies.stop':
    'Tá na ríomhphoist seo á bhfáil agat, ceann amháin san uair ar a mhéad, toisc gur iarr tú iad nuair a d’fhoilsigh tú trácht. Chun iad a stopadh, oscail an nasc seo:\n{link}',
  'page.discussion': 'Plé: {title}',
  'page.replies.confirm.title': 'Deimhnigh ríomhphoist faoi fhreagraí',
  'page.replies.confirm.intro':
    'D’iarr tú go gcuirfí in iúl duit i ríomhphost nuair a fhreagraíonn duine éigin do thráchtanna sa phlé seo. Ní sheolfaimid aon rud go dtí go ndeimhníonn tú é.',
  'page.replies.confirm.button': 'Deimhnigh',
  'page.replies.confirm.ignore': 'Murar iarr tú é seo, dún an leathanach seo: ní bhfaighidh tú aon ríomhphost faoi fhreagraí.',
  'page.replies.confirmed.title': 'Ríomhphoist faoi fhreagraí deimhnithe',
  'page.replies.confirmed.body':
    'Nuair a fhreagraíonn duine éigin do thráchtanna sa phlé seo, gheobhaidh tú ríomhphost, ceann amháin san uair ar a mhéad. Bíonn nasc i ngach ceann acu chun iad a stopadh.',
  'page.replies.unknown.body': 'Níl an nasc seo bailí. Seiceáil gur oscail tú an nasc iomlán ón ríomhphost is déanaí a fuair tú.',
  'page.replies.expired.body':
    'Oibríonn naisc deimhniúcháin ar feadh {duration}, agus tá an ceann seo imithe in éag. Tabhair do sheoladh ríomhphoist arís an chéad uair eile a fhoilseoidh tú trácht.',
  'page.replies.stop.title': 'Stop ríomhphoist faoi fhreagraí',
  'page.replies.stop.intro':
    'Ní bhfaighidh tú a thuilleadh ríomhphost faoi fhreagraí sa phlé seo. Fanfaidh do thráchtanna mar atá siad.',
  'page.replies.stop.all': 'Stop ríomhphoist faoi fhreagraí i ngach plé eile freisin, anois agus amach anseo',
  'page.replies.stop.button': 'Stop na ríomhphoist',
  'page.replies.stopped.body': 'Ní bhfaighidh tú a thuilleadh ríomhphost faoi fhreagraí sa phlé seo.',
  'page.replies.stopped.all': 'Ní bhfaighidh tú a thuilleadh ríomhphost faoi fhreagraí ag an seoladh seo, in aon phlé.',
  'page.replies.back': 'Fill ar an bplé',
  'page.back': 'Fill ar an achainí',
  'page.home': 'Téigh chuig {agency}',
};

export default messages;
