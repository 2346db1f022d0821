// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Bu şərhdən niyə şikayət edirsiniz?',
  'comments.reason.spam': 'Spam və ya reklam',
  'comments.reason.abuse': 'Təhqiredici və ya kobud',
  'comments.reason.off-topic': 'Mövzudan kənar',
  'comments.reason.personal-data': 'Şəxsi məlumat var',
  'comments.reason.other': 'Başqa səbəb',
  'comments.reported': 'Təşəkkür edirik. Şərh barədə moderatorlara məlumat verildi.',
  'comments.already-reported': 'Siz bu şərhdən artıq şikayət etmisiniz.',
  'comments.delete-menu': 'Şərhinizi silmək istəyirsiniz? Onun mətni və adınız həmişəlik silinəcək.',
  'comments.delete-yes': 'Şərhimi sil',
  'comments.delete-no': 'Saxla',
  'comments.deleted': 'Şərhiniz silindi.',
};

export default messages;
