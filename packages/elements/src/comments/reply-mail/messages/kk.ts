// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Жауаптарға арналған электрондық пошта',
  'comments.form.email-hint':
    'Мекенжайды растағаныңыздан кейін біреу жауап бергенде сізге хат жібереміз, сағатына ең көбі бір рет. Мекенжай ешқашан көрсетілмейді.',
  'comments.form.email-error': 'Электрондық пошта мекенжайын дұрыс форматта енгізіңіз, мысалы: name@example.com.',
  'comments.posted-email': 'Егер бұл мекенжай бізге жаңа болса, жауаптар туралы хат алу үшін оған жіберген сілтемемізді ашыңыз.',
};

export default messages;
