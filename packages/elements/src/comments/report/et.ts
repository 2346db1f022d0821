// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Miks te sellest kommentaarist teatate?',
  'comments.reason.spam': 'Rämpspost või reklaam',
  'comments.reason.abuse': 'Solvav või vaenulik',
  'comments.reason.off-topic': 'Ei puuduta teemat',
  'comments.reason.personal-data': 'Sisaldab isikuandmeid',
  'comments.reason.other': 'Muu põhjus',
  'comments.reported': 'Aitäh! Kommentaarist on moderaatoritele teatatud.',
  'comments.already-reported': 'Olete sellest kommentaarist juba teatanud.',
  'comments.delete-menu': 'Kas kustutada teie kommentaar? Selle tekst ja teie nimi kustutatakse jäädavalt.',
  'comments.delete-yes': 'Kustuta minu kommentaar',
  'comments.delete-no': 'Jäta alles',
  'comments.deleted': 'Teie kommentaar on kustutatud.',
};

export default messages;
