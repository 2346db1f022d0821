// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Şərhlər yüklənir…',
  'comments.count': { '=0': 'Hələ şərh yoxdur', one: '{count} şərh', other: '{count} şərh' },
  'comments.sort': 'Sıralama',
  'comments.sort.newest': 'Əvvəlcə ən yenilər',
  'comments.sort.oldest': 'Əvvəlcə ən köhnələr',
  'comments.sort.top': 'Ən çox dəstəklənənlər',
  'comments.empty': 'Hələ şərh yoxdur. İlk şərhi siz yazın.',
  'comments.more': 'Daha çox şərh göstər',
  'comments.new': { one: '{count} yeni şərh — göstər', other: '{count} yeni şərh — göstər' },
  'comments.closed': 'Bu müzakirə bağlanıb. Şərhləri oxuya bilərsiniz, lakin yeni şərh əlavə edə bilməzsiniz.',
  'comments.form.title': 'Şərh yazın',
  'comments.form.reply-title': '{name} adlı istifadəçiyə cavab',
  'comments.form.name': 'Adınız',
  'comments.form.name-hint': '«Anonim» kimi şərh yazmaq üçün boş saxlayın. Hamıya göstərilir.',
  'comments.form.body': 'Şərh',
  'comments.form.reply-body': 'Cavab',
  'comments.form.submit': 'Şərhi dərc et',
  'comments.form.submit-reply': 'Cavabı dərc et',
  'comments.form.submitting': 'Dərc edilir…',
  'comments.form.cancel': 'Ləğv et',
  'comments.form.required': 'Şərhinizi yazın.',
  'comments.form.too-long': 'Şərh ən çoxu {max} simvol ola bilər.',
  'comments.posted': 'Şərhiniz dərc edildi.',
  'comments.posted-pending': 'Təşəkkür edirik. Şərhiniz moderator təsdiqlədikdən sonra görünəcək.',
  'comments.pending': 'Moderator təsdiqini gözləyir',
  'comments.upvote': 'Dəstəklə',
  'comments.upvote-label': {
    '=0': 'Bu şərhi dəstəklə (hələ dəstəkləyən yoxdur)',
    one: 'Bu şərhi dəstəklə ({count} dəstəkləyən)',
    other: 'Bu şərhi dəstəklə ({count} dəstəkləyən)',
  },
  'comments.reply': 'Cavab ver',
  'comments.replies-show': { one: '{count} cavabı göstər', other: '{count} cavabı göstər' },
  'comments.replies-hide': { one: '{count} cavabı gizlət', other: '{count} cavabı gizlət' },
  'comments.report': 'Şikayət et',
  'comments.delete': 'Sil',
};

export default messages;
