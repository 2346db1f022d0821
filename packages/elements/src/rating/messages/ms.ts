// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Memuatkan…',
  'rating.stars': { other: '{count} bintang' },
  'rating.yes': 'Ya',
  'rating.no': 'Tidak',
  'rating.csat.1': 'Sangat tidak berpuas hati',
  'rating.csat.2': 'Tidak berpuas hati',
  'rating.csat.3': 'Neutral',
  'rating.csat.4': 'Berpuas hati',
  'rating.csat.5': 'Sangat berpuas hati',
  'rating.send': 'Hantar penilaian',
  'rating.sending': 'Menghantar…',
  'rating.choose': 'Pilih penilaian dahulu.',
  'rating.thanks': 'Terima kasih atas maklum balas anda.',
  'rating.follow-up': 'Beritahu kami lebih lanjut (pilihan)',
  'rating.reasons': 'Berkaitan dengan apa?',
  'rating.comment': 'Komen',
  'rating.comment-hint': 'Jangan sertakan maklumat peribadi, seperti nama atau alamat anda.',
  'rating.send-more': 'Hantar',
  'rating.skip': 'Langkau',
  'rating.done': 'Terima kasih. Maklum balas anda membantu kami menambah baik perkhidmatan ini.',
  'rating.yours': 'Penilaian anda: {score}.',
  'rating.change': 'Tukar jawapan anda',
  'rating.closed': 'Perkhidmatan ini tidak menerima penilaian buat masa ini.',
  'rating.average': '{average} daripada 5',
  'rating.yes-share': '{percent} orang mendapati ini berguna',
  'rating.count': { '=0': 'Belum ada penilaian', other: '(berdasarkan {count} penilaian)' },
  'rating.details-show': 'Tunjukkan semua penilaian',
  'rating.details-hide': 'Sembunyikan semua penilaian',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
