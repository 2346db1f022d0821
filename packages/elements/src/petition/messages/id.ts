// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Memuat petisi…',
  'petition.full-text': 'Baca petisi selengkapnya',
  'petition.signatures': { '=0': 'Belum ada tanda tangan', other: '{count} tanda tangan' },
  'petition.progress': 'Tanda tangan: {count} dari {goal} ({percent})',
  'petition.milestones': 'Target tanda tangan',
  'petition.milestone': { other: '{count} tanda tangan — {label}' },
  'petition.reached': '(✓ tercapai)',
  'petition.milestone-reached': 'Target tercapai: {label}.',
  'petition.closes': 'Dapat ditandatangani hingga {date}.',
  'petition.opens': 'Petisi ini mulai dapat ditandatangani pada {date}.',
  'petition.closed': 'Petisi ini sudah ditutup dan tidak lagi mengumpulkan tanda tangan.',
  'petition.response': 'Tanggapan resmi',
  'petition.responded-on': 'Dipublikasikan pada {date}.',
  'petition.recent': 'Penanda tangan terbaru',
  'petition.sign': 'Tanda tangani petisi ini',
  'petition.name': 'Nama lengkap',
  'petition.email': 'Alamat email',
  'petition.email-hint': 'Kami akan mengirimkan tautan untuk mengonfirmasi tanda tangan Anda.',
  'petition.region': 'Daerah tempat tinggal',
  'petition.region-choose': 'Pilih daerah tempat tinggal Anda',
  'petition.consent':
    'Saya setuju nama, alamat email, dan daerah saya diproses untuk mencatat tanda tangan saya, sebagaimana dijelaskan dalam {privacy}.',
  'petition.privacy-notice': 'pemberitahuan privasi',
  'petition.show-name': 'Tampilkan nama saya secara publik di daftar penanda tangan',
  'petition.submit': 'Tanda tangani petisi',
  'petition.submitting': 'Menandatangani…',
  'petition.error-summary': 'Ada masalah',
  'petition.error.name': 'Masukkan nama lengkap Anda.',
  'petition.error.email-empty': 'Masukkan alamat email Anda.',
  'petition.error.email': 'Masukkan alamat email dengan format yang benar, seperti nama@example.com.',
  'petition.error.region': 'Pilih daerah tempat tinggal Anda.',
  'petition.error.consent': 'Anda perlu menyatakan setuju sebelum dapat menandatangani.',
  'petition.check-email': 'Periksa email Anda',
  'petition.check-email-body':
    'Kami telah mengirimkan tautan ke {email}. Buka tautan itu untuk mengonfirmasi tanda tangan Anda: tanda tangan baru dihitung setelah dikonfirmasi.',
  'petition.check-email-help':
    'Jika tidak ada email yang masuk dalam beberapa menit, periksa folder spam Anda, atau tanda tangani lagi dengan alamat yang sama untuk mendapatkan tautan baru.',
  'petition.share': 'Bagikan petisi ini',
  'petition.copied': 'Tautan disalin.',
};

export default messages;
