// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Cavablar üçün e-poçt',
  'comments.form.email-hint':
    'Ünvanı təsdiqlədikdən sonra kimsə cavab yazdıqda sizə saatda ən çox bir dəfə məktub göndəririk. Heç vaxt göstərilmir.',
  'comments.form.email-error': 'E-poçt ünvanını düzgün formatda daxil edin, məsələn, ad@example.com.',
  'comments.posted-email': 'Bu ünvan bizim üçün yenidirsə, cavablar barədə məktub almaq üçün ona göndərdiyimiz keçidi açın.',
};

export default messages;
