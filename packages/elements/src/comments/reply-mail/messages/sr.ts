// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Адреса електронске поште за обавештења о одговорима',
  'comments.form.email-hint':
    'Када неко одговори, послаћемо Вам поруку, највише једном на сат, пошто потврдите адресу. Адреса се никада не приказује.',
  'comments.form.email-error': 'Унесите адресу електронске поште у исправном облику, на пример name@example.com.',
  'comments.posted-email':
    'Ако нам је ова адреса нова, отворите линк који смо на њу послали да бисте добијали поруке о одговорима.',
};

export default messages;
