// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Konfirmasi tanda tangan Anda: {title}',
  'mail.confirm.body':
    'Anda meminta untuk menandatangani petisi “{title}”.\n\nUntuk mengonfirmasi tanda tangan Anda, buka tautan ini dan tekan tombol “Konfirmasi tanda tangan saya”:\n{link}\n\nTautan ini berlaku selama {duration}. Tanda tangan Anda baru dihitung setelah dikonfirmasi. Jika Anda tidak meminta untuk menandatangani, abaikan email ini: tidak ada yang akan ditandatangani.',
  'mail.confirm.withdraw':
    'Jika Anda berubah pikiran, Anda dapat menarik tanda tangan Anda selama petisi masih dibuka:\n{withdrawLink}',
  'mail.already.subject': 'Anda sudah menandatangani: {title}',
  'mail.already.body':
    'Seseorang mencoba menandatangani petisi “{title}” dengan alamat email ini, padahal alamat ini sudah menandatanganinya. Setiap alamat hanya dapat menandatangani satu kali, jadi tidak ada yang berubah.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Konfirmasi tanda tangan Anda',
  'page.confirm.intro':
    'Anda meminta untuk menandatangani petisi ini. Tanda tangan Anda baru dihitung setelah Anda mengonfirmasinya.',
  'page.confirm.button': 'Konfirmasi tanda tangan saya',
  'page.confirm.ignore': 'Jika Anda tidak meminta untuk menandatangani, tutup halaman ini: tidak ada yang akan ditandatangani.',
  'page.petition': 'Petisi: {title}',
  'page.confirmed.title': 'Tanda tangan dikonfirmasi',
  'page.confirmed.body': 'Terima kasih. Tanda tangan Anda sudah dikonfirmasi dan kini dihitung.',
  'page.already.title': 'Tanda tangan sudah dikonfirmasi',
  'page.already.body': 'Tanda tangan Anda sudah dikonfirmasi sebelumnya. Tanda tangan ini dihitung satu kali.',
  'page.unknown.title': 'Tautan tidak dikenali',
  'page.unknown.body':
    'Tautan konfirmasi ini tidak valid. Pastikan Anda membuka tautan secara lengkap dari email terbaru Anda, atau tanda tangani petisi ini lagi.',
  'page.expired.title': 'Tautan kedaluwarsa',
  'page.expired.body':
    'Tautan konfirmasi berlaku selama {duration}, dan tautan ini sudah kedaluwarsa. Tanda tangani petisi ini lagi untuk mendapatkan tautan baru.',
  'page.closed.title': 'Petisi tidak dibuka',
  'page.closed.body': 'Petisi ini tidak sedang menerima tanda tangan, jadi tanda tangan Anda tidak dikonfirmasi.',
  'page.refused.title': 'Konfirmasi ditolak',
  'page.refused.body': 'Konfirmasikan tanda tangan Anda dengan tombol di halaman yang terbuka dari tautan di email Anda.',
  'page.withdraw.title': 'Tarik tanda tangan Anda',
  'page.withdraw.intro':
    'Tanda tangan, nama, dan alamat email Anda akan dihapus dari petisi ini. Tindakan ini tidak dapat dibatalkan.',
  'page.withdraw.button': 'Tarik tanda tangan saya',
  'page.withdraw.ignore': 'Jika Anda tidak ingin menarik tanda tangan, tutup halaman ini: tidak ada yang akan berubah.',
  'page.withdrawn.title': 'Tanda tangan ditarik',
  'page.withdrawn.body': 'Tanda tangan Anda sudah dihapus dari petisi, beserta nama dan alamat email Anda.',
  'page.withdraw.closed': 'Petisi ini sudah tidak dibuka, jadi tanda tangannya tidak dapat berubah lagi.',
  'page.confirm.updates': 'Kirimi saya email saat petisi ini mencapai target, mendapat tanggapan, atau ditutup',
  'mail.update.milestone.subject': '{count} tanda tangan: {title}',
  'mail.update.milestone.body': 'Petisi “{title}” yang Anda tanda tangani telah mencapai {count} tanda tangan.',
  'mail.update.response.subject': 'Tanggapan atas petisi: {title}',
  'mail.update.response.body': '{agency} telah menanggapi petisi “{title}” yang Anda tanda tangani:\n\n{response}',
  'mail.update.closed.subject': 'Petisi ditutup: {title}',
  'mail.update.closed.body':
    'Petisi “{title}” yang Anda tanda tangani telah ditutup dengan {count} tanda tangan. Jika tanggapan diterbitkan, Anda akan menerimanya melalui email.',
  'mail.update.stop':
    'Anda menerima email ini karena memintanya saat mengonfirmasi tanda tangan Anda. Untuk menghentikannya, buka tautan ini:\n{link}',
  'page.updates.title': 'Hentikan email tentang petisi ini',
  'page.updates.intro': 'Anda tidak akan lagi menerima email tentang petisi ini. Tanda tangan Anda tetap dihitung.',
  'page.updates.button': 'Hentikan email',
  'page.updates.stopped.title': 'Email dihentikan',
  'page.updates.stopped.body': 'Anda tidak akan lagi menerima email tentang petisi ini. Tanda tangan Anda tetap dihitung.',
  'mail.replies.confirm.subject': 'Konfirmasi email tentang balasan: {title}',
  'mail.replies.confirm.body':
    'Anda meminta untuk diberi tahu melalui email saat ada yang membalas komentar Anda dalam diskusi “{title}”.\n\nUntuk mengonfirmasi, buka tautan ini dan tekan tombol “Konfirmasi”:\n{link}\n\nTautan ini berlaku selama {duration}. Sebelum Anda mengonfirmasi, kami tidak akan mengirimkan apa pun lagi. Jika Anda tidak memintanya, abaikan email ini.',
  'mail.replies.digest.subject': 'Balasan baru untuk komentar Anda: {title}',
  'mail.replies.digest.body': 'Ada balasan baru untuk komentar Anda dalam diskusi “{title}”:',
  'mail.replies.reply': '{name} menulis:',
  'mail.replies.anonymous': 'Anonim',
  'mail.replies.more': 'Balasan baru lainnya: {count}',
  'mail.replies.read': 'Baca diskusinya:\n{link}',
  'mail.replies.stop':
    'Anda menerima email ini, paling banyak satu per jam, karena Anda memintanya saat mengirim komentar. Untuk menghentikannya, buka tautan ini:\n{link}',
  'page.discussion': 'Diskusi: {title}',
  'page.replies.confirm.title': 'Konfirmasi email tentang balasan',
  'page.replies.confirm.intro':
    'Anda meminta untuk diberi tahu melalui email saat ada yang membalas komentar Anda dalam diskusi ini. Kami tidak akan mengirim apa pun sampai Anda mengonfirmasi.',
  'page.replies.confirm.button': 'Konfirmasi',
  'page.replies.confirm.ignore': 'Jika Anda tidak memintanya, tutup halaman ini: Anda tidak akan menerima email tentang balasan.',
  'page.replies.confirmed.title': 'Email tentang balasan dikonfirmasi',
  'page.replies.confirmed.body':
    'Saat ada yang membalas komentar Anda dalam diskusi ini, Anda akan menerima email, paling banyak satu per jam. Setiap email berisi tautan untuk menghentikannya.',
  'page.replies.unknown.body': 'Tautan ini tidak valid. Pastikan Anda membuka tautan secara lengkap dari email terbaru Anda.',
  'page.replies.expired.body':
    'Tautan konfirmasi berlaku selama {duration}, dan tautan ini sudah kedaluwarsa. Masukkan lagi alamat email Anda saat berikutnya Anda mengirim komentar.',
  'page.replies.stop.title': 'Hentikan email tentang balasan',
  'page.replies.stop.intro':
    'Anda tidak akan lagi menerima email tentang balasan dalam diskusi ini. Komentar Anda tetap seperti semula.',
  'page.replies.stop.all': 'Hentikan juga email tentang balasan di semua diskusi lain, sekarang dan di masa mendatang',
  'page.replies.stop.button': 'Hentikan email',
  'page.replies.stopped.body': 'Anda tidak akan lagi menerima email tentang balasan dalam diskusi ini.',
  'page.replies.stopped.all': 'Anda tidak akan lagi menerima email tentang balasan di alamat ini, dalam diskusi apa pun.',
  'page.replies.back': 'Kembali ke diskusi',
  'page.back': 'Kembali ke petisi',
  'page.home': 'Kunjungi {agency}',
};

export default messages;
