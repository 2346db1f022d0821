// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Memuatkan komen…',
  'comments.count': { '=0': 'Belum ada komen', other: '{count} komen' },
  'comments.sort': 'Susun mengikut',
  'comments.sort.newest': 'Terbaharu dahulu',
  'comments.sort.oldest': 'Terlama dahulu',
  'comments.sort.top': 'Paling banyak disokong',
  'comments.empty': 'Belum ada komen. Jadilah orang pertama yang memberikan komen.',
  'comments.more': 'Tunjukkan lebih banyak komen',
  'comments.new': { other: '{count} komen baharu — tunjukkan' },
  'comments.closed': 'Perbincangan ini telah ditutup. Anda boleh membaca komen, tetapi tidak boleh menambah komen baharu.',
  'comments.form.title': 'Tambah komen',
  'comments.form.reply-title': 'Balas kepada {name}',
  'comments.form.name': 'Nama anda',
  'comments.form.name-hint': 'Biarkan kosong untuk memberikan komen sebagai “Tanpa nama”. Dipaparkan secara terbuka.',
  'comments.form.body': 'Komen',
  'comments.form.reply-body': 'Balasan',
  'comments.form.submit': 'Hantar komen',
  'comments.form.submit-reply': 'Hantar balasan',
  'comments.form.submitting': 'Menghantar…',
  'comments.form.cancel': 'Batal',
  'comments.form.required': 'Masukkan komen.',
  'comments.form.too-long': 'Komen tidak boleh melebihi {max} aksara.',
  'comments.posted': 'Komen anda telah diterbitkan.',
  'comments.posted-pending': 'Terima kasih. Komen anda akan dipaparkan selepas diluluskan oleh moderator.',
  'comments.pending': 'Menunggu kelulusan moderator',
  'comments.upvote': 'Sokong',
  'comments.upvote-label': { '=0': 'Sokong komen ini (belum ada penyokong)', other: 'Sokong komen ini ({count} penyokong)' },
  'comments.reply': 'Balas',
  'comments.replies-show': { other: 'Tunjukkan {count} balasan' },
  'comments.replies-hide': { other: 'Sembunyikan {count} balasan' },
  'comments.report': 'Laporkan',
  'comments.delete': 'Padam',
};

export default messages;
