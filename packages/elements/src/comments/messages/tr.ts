// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Yorumlar yükleniyor…',
  'comments.count': { '=0': 'Henüz yorum yok', one: '{count} yorum', other: '{count} yorum' },
  'comments.sort': 'Sıralama',
  'comments.sort.newest': 'Önce en yeni',
  'comments.sort.oldest': 'Önce en eski',
  'comments.sort.top': 'En çok desteklenen',
  'comments.empty': 'Henüz yorum yok. İlk yorumu siz yapın.',
  'comments.more': 'Daha fazla yorum göster',
  'comments.new': { one: '{count} yeni yorum — göster', other: '{count} yeni yorum — göster' },
  'comments.closed': 'Bu tartışma kapandı. Yorumları okuyabilirsiniz ancak yeni yorum ekleyemezsiniz.',
  'comments.form.title': 'Yorum yazın',
  'comments.form.reply-title': '{name} adlı kişiye yanıt',
  'comments.form.name': 'Adınız',
  'comments.form.name-hint': '“Anonim” olarak yorum yapmak için boş bırakın. Herkese açık olarak gösterilir.',
  'comments.form.body': 'Yorum',
  'comments.form.reply-body': 'Yanıt',
  'comments.form.submit': 'Yorumu yayımla',
  'comments.form.submit-reply': 'Yanıtı yayımla',
  'comments.form.submitting': 'Yayımlanıyor…',
  'comments.form.cancel': 'İptal',
  'comments.form.required': 'Bir yorum yazın.',
  'comments.form.too-long': 'Yorumlar en fazla {max} karakter olabilir.',
  'comments.posted': 'Yorumunuz yayımlandı.',
  'comments.posted-pending': 'Teşekkürler. Yorumunuz bir moderatör onayladıktan sonra görünecek.',
  'comments.pending': 'Moderatör onayı bekleniyor',
  'comments.upvote': 'Destekle',
  'comments.upvote-label': {
    '=0': 'Bu yorumu destekle (henüz destekleyen yok)',
    one: 'Bu yorumu destekle ({count} destekleyen)',
    other: 'Bu yorumu destekle ({count} destekleyen)',
  },
  'comments.reply': 'Yanıtla',
  'comments.replies-show': { one: '{count} yanıtı göster', other: '{count} yanıtı göster' },
  'comments.replies-hide': { one: '{count} yanıtı gizle', other: '{count} yanıtı gizle' },
  'comments.report': 'Bildir',
  'comments.delete': 'Sil',
};

export default messages;
