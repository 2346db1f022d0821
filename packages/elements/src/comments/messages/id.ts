// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Memuat komentar…',
  'comments.count': { '=0': 'Belum ada komentar', other: '{count} komentar' },
  'comments.sort': 'Urutkan berdasarkan',
  'comments.sort.newest': 'Terbaru dulu',
  'comments.sort.oldest': 'Terlama dulu',
  'comments.sort.top': 'Paling banyak didukung',
  'comments.empty': 'Belum ada komentar. Jadilah yang pertama berkomentar.',
  'comments.more': 'Tampilkan komentar lainnya',
  'comments.new': { other: '{count} komentar baru — tampilkan' },
  'comments.closed': 'Diskusi ini sudah ditutup. Anda dapat membaca komentar, tetapi tidak dapat menambahkan komentar baru.',
  'comments.form.title': 'Tambahkan komentar',
  'comments.form.reply-title': 'Balas {name}',
  'comments.form.name': 'Nama Anda',
  'comments.form.name-hint': 'Biarkan kosong untuk berkomentar sebagai “Anonim”. Ditampilkan secara publik.',
  'comments.form.body': 'Komentar',
  'comments.form.reply-body': 'Balasan',
  'comments.form.submit': 'Kirim komentar',
  'comments.form.submit-reply': 'Kirim balasan',
  'comments.form.submitting': 'Mengirim…',
  'comments.form.cancel': 'Batal',
  'comments.form.required': 'Masukkan komentar.',
  'comments.form.too-long': 'Komentar paling banyak {max} karakter.',
  'comments.posted': 'Komentar Anda sudah dipublikasikan.',
  'comments.posted-pending': 'Terima kasih. Komentar Anda akan muncul setelah disetujui oleh moderator.',
  'comments.pending': 'Menunggu moderasi',
  'comments.upvote': 'Dukung',
  'comments.upvote-label': {
    '=0': 'Dukung komentar ini (belum ada pendukung)',
    other: 'Dukung komentar ini ({count} pendukung)',
  },
  'comments.reply': 'Balas',
  'comments.replies-show': { other: 'Tampilkan {count} balasan' },
  'comments.replies-hide': { other: 'Sembunyikan {count} balasan' },
  'comments.report': 'Laporkan',
  'comments.delete': 'Hapus',
};

export default messages;
