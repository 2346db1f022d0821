// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Memuat…',
  'rating.stars': { other: '{count} bintang' },
  'rating.yes': 'Ya',
  'rating.no': 'Tidak',
  'rating.csat.1': 'Sangat tidak puas',
  'rating.csat.2': 'Tidak puas',
  'rating.csat.3': 'Netral',
  'rating.csat.4': 'Puas',
  'rating.csat.5': 'Sangat puas',
  'rating.send': 'Kirim penilaian',
  'rating.sending': 'Mengirim…',
  'rating.choose': 'Pilih penilaian terlebih dahulu.',
  'rating.thanks': 'Terima kasih atas masukan Anda.',
  'rating.follow-up': 'Ceritakan lebih lanjut (opsional)',
  'rating.reasons': 'Terkait hal apa?',
  'rating.comment': 'Komentar',
  'rating.comment-hint': 'Jangan cantumkan informasi pribadi, seperti nama atau alamat Anda.',
  'rating.send-more': 'Kirim',
  'rating.skip': 'Lewati',
  'rating.done': 'Terima kasih. Masukan Anda membantu kami meningkatkan layanan ini.',
  'rating.yours': 'Penilaian Anda: {score}.',
  'rating.change': 'Ubah jawaban Anda',
  'rating.closed': 'Saat ini layanan ini tidak menerima penilaian.',
  'rating.average': '{average} dari 5',
  'rating.yes-share': '{percent} orang merasa ini bermanfaat',
  'rating.count': { '=0': 'Belum ada penilaian', other: '(berdasarkan {count} penilaian)' },
  'rating.details-show': 'Tampilkan semua penilaian',
  'rating.details-hide': 'Sembunyikan semua penilaian',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
