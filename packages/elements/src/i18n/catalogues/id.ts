// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Memuat…',
  'common.retry': 'Coba lagi',
  'common.anonymous': 'Anonim',
  'common.honeypot': 'Biarkan kolom ini kosong',
  'common.optional': '(opsional)',
  'common.characters-left': { other: 'Sisa {count} karakter' },
  'common.characters-over': { other: 'Kelebihan {count} karakter' },
  'error.offline': 'Sepertinya Anda tidak terhubung ke internet. Periksa koneksi Anda.',
  'error.network': 'Saat ini kami tidak dapat menghubungi layanan. Masalahnya bukan di pihak Anda.',
  'error.timeout': 'Layanan terlalu lama merespons. Mungkin layanan sedang sibuk.',
  'error.not-found': 'Konten ini tidak ditemukan. Mungkin konten ini sudah dihapus.',
  'error.invalid-input': 'Sebagian informasi tidak valid. Periksa, lalu coba lagi.',
  'error.already-done': 'Anda sudah melakukan ini.',
  'error.closed': 'Ini sudah ditutup.',
  'error.rate-limited': 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  'error.unauthorised': 'Situs ini tidak diizinkan menggunakan layanan ini.',
  'error.server': 'Terjadi masalah di pihak kami, bukan di pihak Anda.',
  'error.no-backend': 'Backend belum dikonfigurasi: widget ini memerlukan endpoint.',
  'error.retrying': 'Konten akan dimuat sendiri saat koneksi atau layanan kembali tersedia.',
  'error.kept': 'Data yang Anda masukkan tetap tersimpan: coba lagi sebentar lagi.',
  'error.unknown': 'Terjadi masalah. Coba lagi.',
  'time.relative-past': 'kurang dari satu menit yang lalu',
};

export default messages;
