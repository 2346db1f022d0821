// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Yüklənir…',
  'rating.stars': { one: '{count} ulduz', other: '{count} ulduz' },
  'rating.yes': 'Bəli',
  'rating.no': 'Xeyr',
  'rating.csat.1': 'Çox narazıyam',
  'rating.csat.2': 'Narazıyam',
  'rating.csat.3': 'Nə razıyam, nə də narazıyam',
  'rating.csat.4': 'Razıyam',
  'rating.csat.5': 'Çox razıyam',
  'rating.send': 'Qiyməti göndər',
  'rating.sending': 'Göndərilir…',
  'rating.choose': 'Əvvəlcə qiymət seçin.',
  'rating.thanks': 'Rəyiniz üçün təşəkkür edirik.',
  'rating.follow-up': 'Ətraflı yazın (məcburi deyil)',
  'rating.reasons': 'Bu nə ilə bağlı idi?',
  'rating.comment': 'Şərh',
  'rating.comment-hint': 'Adınız və ya ünvanınız kimi şəxsi məlumatları yazmayın.',
  'rating.send-more': 'Göndər',
  'rating.skip': 'Keç',
  'rating.done': 'Təşəkkür edirik. Rəyiniz bu xidməti yaxşılaşdırmağa kömək edir.',
  'rating.yours': 'Sizin qiymətiniz: {score}.',
  'rating.change': 'Cavabı dəyiş',
  'rating.closed': 'Bu xidmət hazırda qiymət qəbul etmir.',
  'rating.average': '5 baldan {average}',
  'rating.yes-share': 'Faydalı hesab edənlər: {percent}',
  'rating.count': { '=0': 'Hələ qiymət yoxdur', one: '({count} qiymət)', other: '({count} qiymət)' },
  'rating.details-show': 'Bütün qiymətləri göstər',
  'rating.details-hide': 'Bütün qiymətləri gizlət',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
