import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Halaman Laman web (laman yang dibenarkan menghantar undian, komen, tandatangan dan penilaian), dalam bahasa Melayu. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Laman web',
  'sites.intro':
    'Mana-mana laman web boleh memaparkan widget, tetapi orang ramai hanya boleh mengundi, memberikan komen, menandatangani dan menilai pada halaman laman web yang dibenarkan di sini.',
  'sites.loading': 'Memuatkan…',
  'sites.loadError': 'Laman web tidak dapat dimuatkan: {detail}',
  'sites.retry': 'Cuba lagi',
  'sites.readOnly': 'Hanya pentadbir boleh mengubah senarai ini. Minta seorang pentadbir membenarkan laman web anda.',
  'refused.title': 'Laman web yang ditolak baru-baru ini',
  'refused.intro':
    'Halaman pada laman web ini cuba menghantar undian, komen, tandatangan atau penilaian dan telah ditolak. Jika laman web itu milik agensi anda, benarkannya.',
  'refused.none': 'Tiada laman web yang ditolak baru-baru ini.',
  'refused.caption': 'Laman web yang ditolak, terkini dahulu',
  'refused.allow': 'Benarkan',
  'refused.note': 'Dibenarkan daripada senarai laman web yang ditolak',
  'col.site': 'Laman web',
  'col.refusals': 'Percubaan yang ditolak',
  'col.lastRefused': 'Terakhir ditolak',
  'col.firstRefused': 'Pertama kali ditolak',
  'col.note': 'Nota',
  'col.addedBy': 'Ditambah oleh',
  'col.added': 'Ditambah',
  'col.action': 'Tindakan',
  'allowed.title': 'Laman web yang dibenarkan',
  'allowed.caption': 'Laman web yang dibenarkan',
  'allowed.none':
    'Belum ada laman web yang dibenarkan: orang ramai hanya boleh mengambil bahagian pada halaman pelayan ini sendiri.',
  'allowed.fromEnvironment': 'Tetapan pelayan',
  'allowed.fromEnvironmentNote': 'Ditetapkan dalam CIVIC_ALLOWED_ORIGINS: ubah dalam tetapan pelayan.',
  'allowed.remove': 'Alih keluar',
  'confirm.remove': 'Berhenti membenarkan {origin}?',
  'confirm.removeBody':
    'Orang ramai pada halaman laman web ini tidak lagi boleh mengundi, memberikan komen, menandatangani atau menilai. Widget yang sudah ada pada halamannya kekal dipaparkan.',
  'confirm.yesRemove': 'Ya, alih keluar',
  'confirm.cancel': 'Batal',
  'add.title': 'Benarkan laman web',
  'add.origin': 'Alamat web laman',
  'add.originHint':
    'Contohnya https://www.city.gov. Setiap halaman laman web itu dibenarkan; apa-apa selepas nama laman diabaikan.',
  'add.note': 'Nota (pilihan)',
  'add.noteHint':
    'Apakah laman web ini dan siapa yang mengendalikannya, supaya orang lain tahu sebab ia dibenarkan. Sehingga 200 aksara.',
  'add.submit': 'Benarkan laman web',
  'add.saving': 'Menyimpan…',
  'add.errorTitle': 'Terdapat masalah',
  'error.origin': 'Masukkan alamat web laman, contohnya https://www.city.gov',
  'error.note': 'Nota mestilah tidak melebihi 200 aksara',
  'notice.added': '{origin} dibenarkan: orang ramai pada halamannya kini boleh mengambil bahagian.',
  'notice.removed': '{origin} tidak lagi dibenarkan.',
};

export default messages;
