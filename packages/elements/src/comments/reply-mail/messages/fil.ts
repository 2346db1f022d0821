// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email para sa mga sagot',
  'comments.form.email-hint':
    'Padadalhan namin kayo ng email kapag may sumagot, hindi hihigit sa isang beses bawat oras, pagkatapos ninyong kumpirmahin ang address. Hindi ito kailanman ipinapakita.',
  'comments.form.email-error': 'Ilagay ang email address sa tamang format, gaya ng pangalan@example.com.',
  'comments.posted-email':
    'Kung bago sa amin ang address na ito, buksan ang link na ipinadala namin dito para makatanggap ng mga email tungkol sa mga sagot.',
};

export default messages;
