// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail pro odpovědi',
  'comments.form.email-hint':
    'Když někdo odpoví, pošleme vám e-mail, nejvýše jednou za hodinu, a to až po potvrzení adresy. Adresa se nikde nezobrazuje.',
  'comments.form.email-error': 'Zadejte e-mailovou adresu ve správném tvaru, například name@example.com.',
  'comments.posted-email':
    'Pokud je tato adresa pro nás nová, otevřete odkaz, který jsme na ni poslali, a budete dostávat e-maily o odpovědích.',
};

export default messages;
