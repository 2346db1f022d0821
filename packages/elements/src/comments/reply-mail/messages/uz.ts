// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Javoblar uchun elektron pochta',
  'comments.form.email-hint':
    'Manzilni tasdiqlaganingizdan keyin, kimdir javob berganda sizga xat yuboramiz, soatiga koʻpi bilan bir marta. Manzil hech qachon koʻrsatilmaydi.',
  'comments.form.email-error': 'Elektron pochta manzilini toʻgʻri formatda kiriting, masalan: name@example.com.',
  'comments.posted-email':
    'Agar bu manzil biz uchun yangi boʻlsa, javoblar haqida xat olish uchun unga yuborgan havolamizni oching.',
};

export default messages;
