// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Kí ló dé tí ẹ fi ń jábọ̀ ọ̀rọ̀ ìwòye yìí?',
  'comments.reason.spam': 'Spam tàbí ìpolówó ọjà',
  'comments.reason.abuse': 'Èébú tàbí ọ̀rọ̀ tó ń bíni nínú',
  'comments.reason.off-topic': 'Kò bá kókó ọ̀rọ̀ mu',
  'comments.reason.personal-data': 'Ó ní ìsọfúnni ara ẹni nínú',
  'comments.reason.other': 'Ìdí mìíràn',
  'comments.reported': 'Ẹ ṣé. A ti jábọ̀ ọ̀rọ̀ ìwòye náà fún àwọn alábòójútó.',
  'comments.already-reported': 'Ẹ ti jábọ̀ ọ̀rọ̀ ìwòye yìí tẹ́lẹ̀.',
  'comments.delete-menu': 'Ṣé ẹ fẹ́ pa ọ̀rọ̀ ìwòye yín rẹ́? A ó pa ọ̀rọ̀ inú rẹ̀ àti orúkọ yín rẹ́ títí láé.',
  'comments.delete-yes': 'Pa ọ̀rọ̀ ìwòye mi rẹ́',
  'comments.delete-no': 'Fi sílẹ̀',
  'comments.deleted': 'A ti pa ọ̀rọ̀ ìwòye yín rẹ́.',
};

export default messages;
