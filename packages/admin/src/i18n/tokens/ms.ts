import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Halaman token API, dalam bahasa Melayu. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Token API',
  'tokens.intro':
    'Token API membolehkan skrip atau sistem lain menggunakan API pentadbir bagi pihak anda, untuk mengautomasikan kerja seperti eksport keputusan setiap malam. Token ini boleh melakukan apa yang dibenarkan oleh peranan anda ({role}).',
  'tokens.howTo': 'Skrip menghantar token dalam pengepala Authorization bagi setiap permintaan:',
  'tokens.loading': 'Memuatkan token anda…',
  'tokens.loadError': 'Token anda tidak dapat dimuatkan: {detail}',
  'tokens.retry': 'Cuba lagi',
  'tokens.none': 'Anda tidak mempunyai token API.',
  'tokens.caption': { other: '{count} token anda' },
  'col.name': 'Nama',
  'col.created': 'Dicipta',
  'col.lastUsed': 'Terakhir digunakan',
  'col.status': 'Status',
  'col.actions': 'Tindakan',
  'tokens.never': 'Tidak pernah',
  'tokens.active': 'Aktif',
  'tokens.revoked': 'Dibatalkan',
  'tokens.revoke': 'Batalkan',
  'create.title': 'Cipta token',
  'create.name': 'Nama',
  'create.nameHint': 'Tujuan token ini, supaya anda mengenalinya kemudian. Contohnya: Eksport keputusan setiap malam.',
  'create.submit': 'Cipta token',
  'create.working': 'Mencipta token…',
  'create.errorTitle': 'Token tidak dicipta',
  'create.nameRequired': 'Masukkan nama untuk token',
  'created.title': 'Token baharu anda',
  'created.status': 'Token “{name}” telah dicipta.',
  'created.warning':
    'Salin sekarang dan simpan dengan selamat, contohnya dalam pengurus kata laluan atau dalam tetapan rahsia automasi anda. Token ini tidak akan dipaparkan lagi. Sesiapa yang memilikinya boleh bertindak sebagai anda.',
  'created.label': 'Token API “{name}”',
  'created.done': 'Saya telah menyimpannya',
  copy: 'Salin token',
  copied: 'Token telah disalin.',
  copyFailed: 'Token telah dipilih: salin menggunakan papan kekunci atau menu.',
  'revoke.title': 'Batalkan token “{name}”?',
  'revoke.body':
    'Skrip dan sistem yang menggunakannya akan berhenti berfungsi serta-merta. Tindakan ini tidak boleh dibuat asal, tetapi anda boleh mencipta token baharu.',
  'revoke.confirm': 'Ya, batalkan',
  'revoke.done': 'Token “{name}” telah dibatalkan.',
  'revoke.errorTitle': 'Token tidak dibatalkan',
  cancel: 'Batal',
  'role.admin': 'pentadbir',
  'role.editor': 'penyunting',
  'role.moderator': 'moderator',
  'role.analyst': 'penganalisis',
};

export default messages;
