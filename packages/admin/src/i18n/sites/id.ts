import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Halaman Situs (situs yang diizinkan mengirim suara, komentar, tanda tangan, dan penilaian), dalam bahasa Indonesia. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Situs',
  'sites.intro':
    'Situs web mana pun dapat menampilkan widget, tetapi warga hanya dapat memberikan suara, berkomentar, menandatangani, dan menilai di halaman situs yang diizinkan di sini.',
  'sites.loading': 'Memuat…',
  'sites.loadError': 'Situs tidak dapat dimuat: {detail}',
  'sites.retry': 'Coba lagi',
  'sites.readOnly':
    'Hanya administrator yang dapat mengubah daftar ini. Minta salah satu administrator untuk mengizinkan situs Anda.',
  'refused.title': 'Situs yang baru-baru ini ditolak',
  'refused.intro':
    'Halaman di situs-situs ini mencoba mengirim suara, komentar, tanda tangan, atau penilaian dan ditolak. Jika situs itu milik instansi Anda, izinkan situs tersebut.',
  'refused.none': 'Tidak ada situs yang ditolak baru-baru ini.',
  'refused.caption': 'Situs yang ditolak, terbaru dulu',
  'refused.allow': 'Izinkan',
  'refused.note': 'Diizinkan dari daftar situs yang ditolak',
  'col.site': 'Situs',
  'col.refusals': 'Percobaan yang ditolak',
  'col.lastRefused': 'Terakhir ditolak',
  'col.firstRefused': 'Pertama ditolak',
  'col.note': 'Catatan',
  'col.addedBy': 'Ditambahkan oleh',
  'col.added': 'Ditambahkan',
  'col.action': 'Tindakan',
  'allowed.title': 'Situs yang diizinkan',
  'allowed.caption': 'Situs yang diizinkan',
  'allowed.none': 'Belum ada situs yang diizinkan: warga hanya dapat berpartisipasi di halaman milik server ini sendiri.',
  'allowed.fromEnvironment': 'Pengaturan server',
  'allowed.fromEnvironmentNote': 'Diatur di CIVIC_ALLOWED_ORIGINS: ubah di pengaturan server.',
  'allowed.remove': 'Hapus',
  'confirm.remove': 'Berhenti mengizinkan {origin}?',
  'confirm.removeBody':
    'Warga di halaman situs ini tidak akan dapat lagi memberikan suara, berkomentar, menandatangani, atau menilai. Widget yang sudah ada di halamannya tetap terlihat.',
  'confirm.yesRemove': 'Ya, hapus',
  'confirm.cancel': 'Batal',
  'add.title': 'Izinkan situs',
  'add.origin': 'Alamat web situs',
  'add.originHint':
    'Misalnya https://www.city.gov. Setiap halaman situs tersebut diizinkan; bagian apa pun setelah nama situs diabaikan.',
  'add.note': 'Catatan (opsional)',
  'add.noteHint':
    'Situs apa ini dan siapa pengelolanya, agar orang lain tahu alasan situs ini diizinkan. Paling banyak 200 karakter.',
  'add.submit': 'Izinkan situs',
  'add.saving': 'Menyimpan…',
  'add.errorTitle': 'Ada masalah',
  'error.origin': 'Masukkan alamat web situs, misalnya https://www.city.gov',
  'error.note': 'Catatan paling banyak 200 karakter',
  'notice.added': '{origin} diizinkan: warga di halaman situs ini kini dapat berpartisipasi.',
  'notice.removed': '{origin} tidak lagi diizinkan.',
};

export default messages;
