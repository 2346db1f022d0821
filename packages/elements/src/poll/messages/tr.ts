// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Anket yükleniyor…',
  'poll.vote': 'Oy ver',
  'poll.submitting': 'Oyunuz gönderiliyor…',
  'poll.change-vote': 'Oyunuzu değiştirin',
  'poll.keep-vote': 'Oyum aynı kalsın',
  'poll.hint-single': 'Bir seçenek seçin.',
  'poll.hint-multiple': { one: '1 seçenek seçin.', other: 'En fazla {count} seçenek seçin.' },
  'poll.max-reached': {
    one: 'Seçebileceğiniz en fazla 1 seçeneği seçtiniz.',
    other: 'Seçebileceğiniz en fazla {count} seçeneği seçtiniz.',
  },
  'poll.need-choice': 'Oy vermeden önce bir seçenek seçin.',
  'poll.voted': 'Teşekkürler. Oyunuz kaydedildi.',
  'poll.vote-changed': 'Oyunuz değiştirildi.',
  'poll.you-voted': 'Bu ankette oy kullandınız.',
  'poll.your-choice': '(✓ sizin seçiminiz)',
  'poll.votes': { '=0': 'oy yok', one: '{count} oy', other: '{count} oy' },
  'poll.participants': {
    '=0': 'Henüz kimse oy kullanmadı.',
    one: '{count} kişi oy kullandı.',
    other: '{count} kişi oy kullandı.',
  },
  'poll.closes': 'Anket {relative} kapanacak ({date}).',
  'poll.opens': 'Bu anket {relative} açılacak ({date}).',
  'poll.closed-on': 'Bu anket {date} tarihinde kapandı.',
  'poll.closed': 'Bu anket kapandı.',
  'poll.results': 'Sonuçlar',
  'poll.results-after-vote': 'Sonuçlar, oy verdikten sonra gösterilir.',
  'poll.results-after-close': 'Sonuçlar, anket kapandığında gösterilecek.',
  'poll.results-never': 'Bu anketin sonuçları yayımlanmıyor.',
  'poll.error.already-done': 'Bu ankette zaten oy kullandınız.',
  'poll.error.closed': 'Bu anket artık oylamaya açık değil.',
};

export default messages;
