// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Memuatkan petisyen…',
  'petition.full-text': 'Baca petisyen penuh',
  'petition.signatures': { '=0': 'Belum ada tandatangan', other: '{count} tandatangan' },
  'petition.progress': 'Tandatangan: {count} daripada {goal} ({percent})',
  'petition.milestones': 'Sasaran tandatangan',
  'petition.milestone': { other: '{count} tandatangan — {label}' },
  'petition.reached': '(✓ dicapai)',
  'petition.milestone-reached': 'Sasaran dicapai: {label}.',
  'petition.closes': 'Dibuka untuk ditandatangani sehingga {date}.',
  'petition.opens': 'Petisyen ini dibuka untuk ditandatangani pada {date}.',
  'petition.closed': 'Petisyen ini telah ditutup dan tidak lagi mengumpul tandatangan.',
  'petition.response': 'Jawapan rasmi',
  'petition.responded-on': 'Diterbitkan pada {date}.',
  'petition.recent': 'Penandatangan terkini',
  'petition.sign': 'Tandatangani petisyen ini',
  'petition.name': 'Nama penuh',
  'petition.email': 'Alamat e-mel',
  'petition.email-hint': 'Kami akan menghantar pautan kepada anda untuk mengesahkan tandatangan anda.',
  'petition.region': 'Kawasan tempat tinggal',
  'petition.region-choose': 'Pilih kawasan tempat tinggal anda',
  'petition.consent':
    'Saya bersetuju bahawa nama, alamat e-mel dan kawasan saya diproses untuk merekodkan tandatangan saya, seperti yang diterangkan dalam {privacy}.',
  'petition.privacy-notice': 'notis privasi',
  'petition.show-name': 'Paparkan nama saya secara terbuka dalam senarai penandatangan',
  'petition.submit': 'Tandatangani petisyen',
  'petition.submitting': 'Menandatangani…',
  'petition.error-summary': 'Terdapat masalah',
  'petition.error.name': 'Masukkan nama penuh anda.',
  'petition.error.email-empty': 'Masukkan alamat e-mel anda.',
  'petition.error.email': 'Masukkan alamat e-mel dalam format yang betul, seperti nama@example.com.',
  'petition.error.region': 'Pilih kawasan tempat tinggal anda.',
  'petition.error.consent': 'Anda perlu bersetuju sebelum boleh menandatangani.',
  'petition.check-email': 'Semak e-mel anda',
  'petition.check-email-body':
    'Kami telah menghantar pautan ke {email}. Buka pautan itu untuk mengesahkan tandatangan anda: tandatangan hanya dikira selepas disahkan.',
  'petition.check-email-help':
    'Jika tiada e-mel diterima dalam beberapa minit, semak folder spam anda, atau tandatangani sekali lagi dengan alamat yang sama untuk mendapatkan pautan baharu.',
  'petition.share': 'Kongsi petisyen ini',
  'petition.copied': 'Pautan telah disalin.',
};

export default messages;
