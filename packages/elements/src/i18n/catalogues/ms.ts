// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Memuatkan…',
  'common.retry': 'Cuba lagi',
  'common.anonymous': 'Tanpa nama',
  'common.honeypot': 'Biarkan ruangan ini kosong',
  'common.optional': '(pilihan)',
  'common.characters-left': { other: 'Baki {count} aksara' },
  'common.characters-over': { other: 'Melebihi {count} aksara' },
  'error.offline': 'Anda nampaknya berada di luar talian. Semak sambungan anda.',
  'error.network': 'Kami tidak dapat menghubungi perkhidmatan ini buat masa ini. Masalah ini bukan berpunca daripada pihak anda.',
  'error.timeout': 'Perkhidmatan ini mengambil masa terlalu lama untuk menjawab. Ia mungkin sibuk.',
  'error.not-found': 'Kandungan ini tidak dapat ditemukan. Ia mungkin telah dialih keluar.',
  'error.invalid-input': 'Sebahagian maklumat tidak sah. Semak dan cuba lagi.',
  'error.already-done': 'Anda telah pun melakukan ini.',
  'error.closed': 'Ini telah ditutup.',
  'error.rate-limited': 'Terlalu banyak percubaan. Tunggu sebentar dan cuba lagi.',
  'error.unauthorised': 'Laman web ini tidak dibenarkan menggunakan perkhidmatan ini.',
  'error.server': 'Berlaku masalah di pihak kami, bukan di pihak anda.',
  'error.no-backend': 'Tiada backend dikonfigurasikan: widget ini memerlukan endpoint.',
  'error.retrying': 'Kandungan ini akan dimuatkan sendiri apabila sambungan atau perkhidmatan pulih.',
  'error.kept': 'Maklumat yang anda masukkan masih disimpan: cuba lagi sebentar lagi.',
  'error.unknown': 'Berlaku masalah. Cuba lagi.',
  'time.relative-past': 'kurang daripada seminit yang lalu',
};

export default messages;
