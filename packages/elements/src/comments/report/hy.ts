// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Ինչո՞ւ եք բողոքում այս մեկնաբանության դեմ։',
  'comments.reason.spam': 'Սպամ կամ գովազդ',
  'comments.reason.abuse': 'Վիրավորական կամ անպարկեշտ',
  'comments.reason.off-topic': 'Թեմային չի վերաբերում',
  'comments.reason.personal-data': 'Պարունակում է անձնական տվյալներ',
  'comments.reason.other': 'Այլ պատճառ',
  'comments.reported': 'Շնորհակալություն։ Մեկնաբանության մասին տեղեկացվել է մոդերատորներին։',
  'comments.already-reported': 'Դուք արդեն բողոքել եք այս մեկնաբանության դեմ։',
  'comments.delete-menu': 'Ջնջե՞լ ձեր մեկնաբանությունը։ Դրա տեքստը և ձեր անունը ընդմիշտ կջնջվեն։',
  'comments.delete-yes': 'Ջնջել իմ մեկնաբանությունը',
  'comments.delete-no': 'Պահել',
  'comments.deleted': 'Ձեր մեկնաբանությունը ջնջվել է։',
};

export default messages;
