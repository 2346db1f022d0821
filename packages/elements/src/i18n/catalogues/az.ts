// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Yüklənir…',
  'common.retry': 'Yenidən cəhd edin',
  'common.anonymous': 'Anonim',
  'common.honeypot': 'Bu sahəni boş saxlayın',
  'common.optional': '(məcburi deyil)',
  'common.characters-left': { one: '{count} simvol qalıb', other: '{count} simvol qalıb' },
  'common.characters-over': { one: 'Limitdən {count} simvol artıqdır', other: 'Limitdən {count} simvol artıqdır' },
  'error.offline': 'Deyəsən, internet bağlantısı yoxdur. Bağlantını yoxlayın.',
  'error.network': 'Hazırda xidmətə qoşulmaq mümkün deyil. Problem sizin tərəfinizdə deyil.',
  'error.timeout': 'Xidmət çox gec cavab verir. Ola bilsin, xidmət hazırda çox yüklənib.',
  'error.not-found': 'Bu məzmun tapılmadı. Ola bilsin, silinib.',
  'error.invalid-input': 'Bəzi məlumatlar düzgün deyil. Yoxlayıb yenidən cəhd edin.',
  'error.already-done': 'Siz bunu artıq etmisiniz.',
  'error.closed': 'Bu artıq bağlıdır.',
  'error.rate-limited': 'Həddindən çox cəhd edildi. Bir az gözləyib yenidən cəhd edin.',
  'error.unauthorised': 'Bu saytın bu xidmətdən istifadə etməyə icazəsi yoxdur.',
  'error.server': 'Xəta bizim tərəfimizdə baş verdi, sizin tərəfinizdə yox.',
  'error.no-backend': 'Server qoşulmayıb: bu vidcetin işləməsi üçün son nöqtə (endpoint) lazımdır.',
  'error.retrying': 'Bağlantı və ya xidmət bərpa olunanda bu məzmun avtomatik yüklənəcək.',
  'error.kept': 'Daxil etdiyiniz məlumatlar saxlanılıb: bir azdan yenidən cəhd edin.',
  'error.unknown': 'Xəta baş verdi. Yenidən cəhd edin.',
  'time.relative-past': 'bir dəqiqədən az əvvəl',
};

export default messages;
