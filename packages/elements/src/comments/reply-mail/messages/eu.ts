// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Erantzunetarako helbide elektronikoa',
  'comments.form.email-hint':
    'Norbaitek erantzuten duenean mezu bat bidaliko dizugu, orduko behin gehienez, helbidea berretsi ondoren. Ez da inoiz erakusten.',
  'comments.form.email-error': 'Idatzi helbide elektroniko bat formatu egokian; adibidez, izena@example.com.',
  'comments.posted-email':
    'Helbide hau berria bada guretzat, ireki bertara bidali dugun esteka, erantzunei buruzko mezuak jasotzeko.',
};

export default messages;
