// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Memuatkan tinjauan pendapat…',
  'poll.vote': 'Undi',
  'poll.submitting': 'Menghantar undian anda…',
  'poll.change-vote': 'Tukar undian anda',
  'poll.keep-vote': 'Kekalkan undian saya',
  'poll.hint-single': 'Pilih satu jawapan.',
  'poll.hint-multiple': { other: 'Pilih sehingga {count} jawapan.' },
  'poll.max-reached': { other: 'Anda telah memilih jumlah maksimum, iaitu {count} jawapan.' },
  'poll.need-choice': 'Pilih satu jawapan sebelum mengundi.',
  'poll.voted': 'Terima kasih. Undian anda telah direkodkan.',
  'poll.vote-changed': 'Undian anda telah ditukar.',
  'poll.you-voted': 'Anda telah mengundi dalam tinjauan pendapat ini.',
  'poll.your-choice': '(✓ pilihan anda)',
  'poll.votes': { '=0': 'tiada undian', other: '{count} undian' },
  'poll.participants': { '=0': 'Belum ada sesiapa yang mengundi.', other: '{count} orang telah mengundi.' },
  'poll.closes': 'Ditutup {relative} ({date}).',
  'poll.opens': 'Tinjauan pendapat ini dibuka {relative} ({date}).',
  'poll.closed-on': 'Tinjauan pendapat ini telah ditutup pada {date}.',
  'poll.closed': 'Tinjauan pendapat ini telah ditutup.',
  'poll.results': 'Keputusan',
  'poll.results-after-vote': 'Keputusan dipaparkan selepas anda mengundi.',
  'poll.results-after-close': 'Keputusan akan dipaparkan apabila tinjauan pendapat ditutup.',
  'poll.results-never': 'Keputusan tinjauan pendapat ini tidak diterbitkan.',
  'poll.error.already-done': 'Anda telah pun mengundi dalam tinjauan pendapat ini.',
  'poll.error.closed': 'Tinjauan pendapat ini tidak lagi dibuka untuk undian.',
};

export default messages;
