// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Zergatik salatzen duzu iruzkin hau?',
  'comments.reason.spam': 'Spama edo publizitatea',
  'comments.reason.abuse': 'Iraingarria edo laidogarria',
  'comments.reason.off-topic': 'Gaiaz kanpokoa',
  'comments.reason.personal-data': 'Datu pertsonalak ditu',
  'comments.reason.other': 'Beste zerbait',
  'comments.reported': 'Eskerrik asko. Iruzkina moderatzaileei salatu zaie.',
  'comments.already-reported': 'Dagoeneko salatu duzu iruzkin hau.',
  'comments.delete-menu': 'Zure iruzkina ezabatu nahi duzu? Testua eta zure izena betiko ezabatuko dira.',
  'comments.delete-yes': 'Ezabatu nire iruzkina',
  'comments.delete-no': 'Mantendu',
  'comments.deleted': 'Zure iruzkina ezabatu da.',
};

export default messages;
