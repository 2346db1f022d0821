// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Kodėl pranešate apie šį komentarą?',
  'comments.reason.spam': 'Šlamštas arba reklama',
  'comments.reason.abuse': 'Įžeidžiantis arba užgaulus',
  'comments.reason.off-topic': 'Ne į temą',
  'comments.reason.personal-data': 'Yra asmens duomenų',
  'comments.reason.other': 'Kita priežastis',
  'comments.reported': 'Ačiū. Apie komentarą pranešta moderatoriams.',
  'comments.already-reported': 'Apie šį komentarą jau pranešėte.',
  'comments.delete-menu': 'Ar norite ištrinti savo komentarą? Jo tekstas ir jūsų vardas bus ištrinti visam laikui.',
  'comments.delete-yes': 'Ištrinti mano komentarą',
  'comments.delete-no': 'Palikti',
  'comments.deleted': 'Jūsų komentaras ištrintas.',
};

export default messages;
