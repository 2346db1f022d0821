// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Àwọn olùkópa tí a ti fìdí wọn múlẹ̀ nìkan ló lè kópa níbí.',
  'eligibility.sign-in': 'Ẹ wọlé láti kópa',
  'error.verification-required': 'Àwọn olùkópa tí a ti fìdí wọn múlẹ̀ nìkan ló lè kópa níbí. Ẹ wọlé, kí ẹ sì tún gbìyànjú.',
  'error.not-eligible': 'Àkáǹtì yín kò kúnjú ìwọ̀n àwọn ohun tí a béèrè láti kópa níbí.',
};

export default messages;
