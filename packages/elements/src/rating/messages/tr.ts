// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Yükleniyor…',
  'rating.stars': { one: '{count} yıldız', other: '{count} yıldız' },
  'rating.yes': 'Evet',
  'rating.no': 'Hayır',
  'rating.csat.1': 'Hiç memnun değilim',
  'rating.csat.2': 'Memnun değilim',
  'rating.csat.3': 'Ne memnunum ne memnun değilim',
  'rating.csat.4': 'Memnunum',
  'rating.csat.5': 'Çok memnunum',
  'rating.send': 'Değerlendirmeyi gönder',
  'rating.sending': 'Gönderiliyor…',
  'rating.choose': 'Önce bir değerlendirme seçin.',
  'rating.thanks': 'Geri bildiriminiz için teşekkür ederiz.',
  'rating.follow-up': 'Biraz daha anlatın (isteğe bağlı)',
  'rating.reasons': 'Ne ile ilgiliydi?',
  'rating.comment': 'Yorum',
  'rating.comment-hint': 'Adınız veya adresiniz gibi kişisel bilgileri yazmayın.',
  'rating.send-more': 'Gönder',
  'rating.skip': 'Atla',
  'rating.done': 'Teşekkürler. Geri bildiriminiz bu hizmeti iyileştirmemize yardımcı oluyor.',
  'rating.yours': 'Değerlendirmeniz: {score}.',
  'rating.change': 'Yanıtı değiştir',
  'rating.closed': 'Bu hizmet şu anda değerlendirme kabul etmiyor.',
  'rating.average': '5 üzerinden {average}',
  'rating.yes-share': 'Yararlı bulanların oranı: {percent}',
  'rating.count': { '=0': 'Henüz değerlendirme yok', one: '({count} değerlendirme)', other: '({count} değerlendirme)' },
  'rating.details-show': 'Tüm değerlendirmeleri göster',
  'rating.details-hide': 'Tüm değerlendirmeleri gizle',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
