import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Halaman token API, dalam bahasa Indonesia. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Token API',
  'tokens.intro':
    'Token API memungkinkan skrip atau sistem lain menggunakan API admin atas nama Anda, untuk mengotomatiskan pekerjaan seperti ekspor hasil setiap malam. Token ini dapat melakukan apa yang diizinkan oleh peran Anda ({role}).',
  'tokens.howTo': 'Skrip mengirim token di header Authorization pada setiap permintaan:',
  'tokens.loading': 'Memuat token Anda…',
  'tokens.loadError': 'Token Anda tidak dapat dimuat: {detail}',
  'tokens.retry': 'Coba lagi',
  'tokens.none': 'Anda tidak memiliki token API.',
  'tokens.caption': { other: '{count} token Anda' },
  'col.name': 'Nama',
  'col.created': 'Dibuat',
  'col.lastUsed': 'Terakhir digunakan',
  'col.status': 'Status',
  'col.actions': 'Tindakan',
  'tokens.never': 'Belum pernah',
  'tokens.active': 'Aktif',
  'tokens.revoked': 'Dicabut',
  'tokens.revoke': 'Cabut',
  'create.title': 'Buat token',
  'create.name': 'Nama',
  'create.nameHint': 'Kegunaannya, agar Anda mengenalinya nanti. Misalnya: Ekspor hasil setiap malam.',
  'create.submit': 'Buat token',
  'create.working': 'Membuat token…',
  'create.errorTitle': 'Token tidak dibuat',
  'create.nameRequired': 'Masukkan nama untuk token',
  'created.title': 'Token baru Anda',
  'created.status': 'Token “{name}” sudah dibuat.',
  'created.warning':
    'Salin sekarang dan simpan dengan aman, misalnya di pengelola kata sandi atau di pengaturan rahasia otomatisasi Anda. Token ini tidak akan ditampilkan lagi. Siapa pun yang memilikinya dapat bertindak atas nama Anda.',
  'created.label': 'Token API “{name}”',
  'created.done': 'Saya sudah menyimpannya',
  copy: 'Salin token',
  copied: 'Token disalin.',
  copyFailed: 'Token sudah dipilih: salin dengan keyboard atau menu.',
  'revoke.title': 'Cabut token “{name}”?',
  'revoke.body':
    'Skrip dan sistem yang menggunakannya akan langsung berhenti berfungsi. Tindakan ini tidak dapat dibatalkan, tetapi Anda dapat membuat token baru.',
  'revoke.confirm': 'Ya, cabut',
  'revoke.done': 'Token “{name}” sudah dicabut.',
  'revoke.errorTitle': 'Token tidak dicabut',
  cancel: 'Batal',
  'role.admin': 'administrator',
  'role.editor': 'penyunting',
  'role.moderator': 'moderator',
  'role.analyst': 'analis',
};

export default messages;
