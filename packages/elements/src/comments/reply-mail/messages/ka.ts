// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'ელფოსტა პასუხებისთვის',
  'comments.form.email-hint':
    'მისამართის დადასტურების შემდეგ ელფოსტით გაცნობებთ, როცა ვინმე გიპასუხებთ, საათში მაქსიმუმ ერთხელ. მისამართი არასდროს ჩანს საჯაროდ.',
  'comments.form.email-error': 'შეიყვანეთ ელფოსტის მისამართი სწორი ფორმატით, მაგალითად: name@example.com.',
  'comments.posted-email':
    'თუ ეს მისამართი ჩვენთვის ახალია, პასუხების შესახებ წერილების მისაღებად გახსენით ბმული, რომელიც მასზე გამოვგზავნეთ.',
};

export default messages;
