// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Memuat jajak pendapat…',
  'poll.vote': 'Berikan suara',
  'poll.submitting': 'Mengirim suara Anda…',
  'poll.change-vote': 'Ubah suara Anda',
  'poll.keep-vote': 'Pertahankan suara saya',
  'poll.hint-single': 'Pilih satu opsi.',
  'poll.hint-multiple': { other: 'Pilih paling banyak {count} opsi.' },
  'poll.max-reached': { other: 'Anda sudah memilih jumlah maksimum, yaitu {count} opsi.' },
  'poll.need-choice': 'Pilih satu opsi sebelum memberikan suara.',
  'poll.voted': 'Terima kasih. Suara Anda sudah tercatat.',
  'poll.vote-changed': 'Suara Anda sudah diubah.',
  'poll.you-voted': 'Anda sudah memberikan suara dalam jajak pendapat ini.',
  'poll.your-choice': '(✓ pilihan Anda)',
  'poll.votes': { '=0': 'belum ada suara', other: '{count} suara' },
  'poll.participants': { '=0': 'Belum ada yang memberikan suara.', other: '{count} orang sudah memberikan suara.' },
  'poll.closes': 'Ditutup {relative} ({date}).',
  'poll.opens': 'Jajak pendapat ini dibuka {relative} ({date}).',
  'poll.closed-on': 'Jajak pendapat ini ditutup pada {date}.',
  'poll.closed': 'Jajak pendapat ini sudah ditutup.',
  'poll.results': 'Hasil',
  'poll.results-after-vote': 'Hasil ditampilkan setelah Anda memberikan suara.',
  'poll.results-after-close': 'Hasil akan ditampilkan setelah jajak pendapat ditutup.',
  'poll.results-never': 'Hasil jajak pendapat ini tidak dipublikasikan.',
  'poll.error.already-done': 'Anda sudah memberikan suara dalam jajak pendapat ini.',
  'poll.error.closed': 'Jajak pendapat ini tidak lagi menerima suara.',
};

export default messages;
