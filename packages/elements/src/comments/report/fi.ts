// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Miksi ilmoitat tästä kommentista?',
  'comments.reason.spam': 'Roskapostia tai mainontaa',
  'comments.reason.abuse': 'Loukkaava tai asiaton',
  'comments.reason.off-topic': 'Ei liity aiheeseen',
  'comments.reason.personal-data': 'Sisältää henkilötietoja',
  'comments.reason.other': 'Jokin muu syy',
  'comments.reported': 'Kiitos. Kommentista on ilmoitettu moderaattoreille.',
  'comments.already-reported': 'Olet jo ilmoittanut tästä kommentista.',
  'comments.delete-menu': 'Poistetaanko kommenttisi? Sen teksti ja nimesi poistetaan pysyvästi.',
  'comments.delete-yes': 'Poista kommenttini',
  'comments.delete-no': 'Säilytä',
  'comments.deleted': 'Kommenttisi on poistettu.',
};

export default messages;
