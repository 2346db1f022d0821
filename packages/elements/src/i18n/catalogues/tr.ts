// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Yükleniyor…',
  'common.retry': 'Tekrar dene',
  'common.anonymous': 'Anonim',
  'common.honeypot': 'Bu alanı boş bırakın',
  'common.optional': '(isteğe bağlı)',
  'common.characters-left': { one: '{count} karakter hakkınız kaldı', other: '{count} karakter hakkınız kaldı' },
  'common.characters-over': { one: 'Sınırdan {count} karakter fazla', other: 'Sınırdan {count} karakter fazla' },
  'error.offline': 'İnternet bağlantınız yok gibi görünüyor. Bağlantınızı kontrol edin.',
  'error.network': 'Şu anda hizmete ulaşamıyoruz. Sorun sizden kaynaklanmıyor.',
  'error.timeout': 'Hizmet yanıt vermekte gecikiyor. Yoğun olabilir.',
  'error.not-found': 'Bu içerik bulunamadı. Kaldırılmış olabilir.',
  'error.invalid-input': 'Bazı bilgiler geçerli değil. Kontrol edip tekrar deneyin.',
  'error.already-done': 'Bu işlemi zaten yaptınız.',
  'error.closed': 'Bu artık kapalı.',
  'error.rate-limited': 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
  'error.unauthorised': 'Bu sitenin bu hizmeti kullanma izni yok.',
  'error.server': 'Sorun bizden kaynaklandı, sizden değil.',
  'error.no-backend': 'Sunucu yapılandırılmamış: bu bileşen için bir uç nokta gerekiyor.',
  'error.retrying': 'Bağlantı veya hizmet yeniden kullanılabilir olduğunda bu içerik kendiliğinden yüklenecek.',
  'error.kept': 'Girdiğiniz bilgiler korundu: biraz sonra tekrar deneyin.',
  'error.unknown': 'Bir sorun oluştu. Tekrar deneyin.',
  'time.relative-past': 'bir dakikadan kısa süre önce',
};

export default messages;
