// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Sahkan tandatangan anda: {title}',
  'mail.confirm.body':
    'Anda telah meminta untuk menandatangani petisyen “{title}”.\n\nUntuk mengesahkan tandatangan anda, buka pautan ini dan tekan butang “Sahkan tandatangan saya”:\n{link}\n\nPautan ini sah selama {duration}. Tandatangan anda hanya dikira selepas disahkan. Jika anda tidak meminta untuk menandatangani, abaikan e-mel ini: tiada apa-apa yang akan ditandatangani.',
  'mail.confirm.withdraw':
    'Jika anda berubah fikiran, anda boleh menarik balik tandatangan anda selagi petisyen masih dibuka:\n{withdrawLink}',
  'mail.already.subject': 'Anda telah pun menandatangani: {title}',
  'mail.already.body':
    'Seseorang telah cuba menandatangani petisyen “{title}” dengan alamat e-mel ini, yang telah pun menandatanganinya. Setiap alamat hanya boleh menandatangani sekali, jadi tiada apa-apa yang berubah.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Sahkan tandatangan anda',
  'page.confirm.intro':
    'Anda telah meminta untuk menandatangani petisyen ini. Tandatangan anda hanya dikira selepas anda mengesahkannya.',
  'page.confirm.button': 'Sahkan tandatangan saya',
  'page.confirm.ignore':
    'Jika anda tidak meminta untuk menandatangani, tutup halaman ini: tiada apa-apa yang akan ditandatangani.',
  'page.petition': 'Petisyen: {title}',
  'page.confirmed.title': 'Tandatangan disahkan',
  'page.confirmed.body': 'Terima kasih. Tandatangan anda telah disahkan dan kini dikira.',
  'page.already.title': 'Tandatangan telah pun disahkan',
  'page.already.body': 'Tandatangan anda telah pun disahkan. Ia dikira sekali sahaja.',
  'page.unknown.title': 'Pautan tidak dikenali',
  'page.unknown.body':
    'Pautan pengesahan ini tidak sah. Pastikan anda membuka keseluruhan pautan daripada e-mel terbaharu anda, atau tandatangani petisyen ini sekali lagi.',
  'page.expired.title': 'Pautan telah tamat tempoh',
  'page.expired.body':
    'Pautan pengesahan sah selama {duration}, dan pautan ini telah tamat tempoh. Tandatangani petisyen ini sekali lagi untuk mendapatkan pautan baharu.',
  'page.closed.title': 'Petisyen tidak dibuka',
  'page.closed.body': 'Petisyen ini tidak menerima tandatangan, jadi tandatangan anda tidak disahkan.',
  'page.refused.title': 'Pengesahan ditolak',
  'page.refused.body': 'Sahkan tandatangan anda menggunakan butang pada halaman yang dibuka oleh pautan dalam e-mel anda.',
  'page.withdraw.title': 'Tarik balik tandatangan anda',
  'page.withdraw.intro':
    'Tandatangan, nama dan alamat e-mel anda akan dialih keluar daripada petisyen ini. Tindakan ini tidak boleh dibuat asal.',
  'page.withdraw.button': 'Tarik balik tandatangan saya',
  'page.withdraw.ignore':
    'Jika anda tidak mahu menarik balik tandatangan anda, tutup halaman ini: tiada apa-apa yang akan berubah.',
  'page.withdrawn.title': 'Tandatangan ditarik balik',
  'page.withdrawn.body': 'Tandatangan anda telah dialih keluar daripada petisyen, bersama nama dan alamat e-mel anda.',
  'page.withdraw.closed': 'Petisyen ini tidak lagi dibuka, jadi tandatangannya tidak boleh berubah lagi.',
  'page.confirm.updates': 'Hantar e-mel kepada saya apabila petisyen ini mencapai sasaran, menerima jawapan atau ditutup',
  'mail.update.milestone.subject': '{count} tandatangan: {title}',
  'mail.update.milestone.body': 'Petisyen “{title}” yang anda tandatangani telah mencapai {count} tandatangan.',
  'mail.update.response.subject': 'Jawapan kepada petisyen: {title}',
  'mail.update.response.body': '{agency} telah menjawab petisyen “{title}” yang anda tandatangani:\n\n{response}',
  'mail.update.closed.subject': 'Petisyen ditutup: {title}',
  'mail.update.closed.body':
    'Petisyen “{title}” yang anda tandatangani telah ditutup dengan {count} tandatangan. Jika jawapan diterbitkan, anda akan menerimanya melalui e-mel.',
  'mail.update.stop':
    'Anda menerima e-mel ini kerana anda memintanya semasa mengesahkan tandatangan anda. Untuk menghentikannya, buka pautan ini:\n{link}',
  'page.updates.title': 'Hentikan e-mel tentang petisyen ini',
  'page.updates.intro': 'Anda tidak akan menerima e-mel lagi tentang petisyen ini. Tandatangan anda masih dikira.',
  'page.updates.button': 'Hentikan e-mel',
  'page.updates.stopped.title': 'E-mel dihentikan',
  'page.updates.stopped.body': 'Anda tidak akan menerima e-mel lagi tentang petisyen ini. Tandatangan anda masih dikira.',
  'mail.replies.confirm.subject': 'Sahkan e-mel tentang balasan: {title}',
  'mail.replies.confirm.body':
    'Anda telah meminta untuk dimaklumkan melalui e-mel apabila seseorang membalas komen anda dalam perbincangan “{title}”.\n\nUntuk mengesahkan, buka pautan ini dan tekan butang “Sahkan”:\n{link}\n\nPautan ini sah selama {duration}. Sehingga anda mengesahkan, kami tidak akan menghantar apa-apa lagi kepada anda. Jika anda tidak membuat permintaan ini, abaikan e-mel ini.',
  'mail.replies.digest.subject': 'Balasan baharu kepada komen anda: {title}',
  'mail.replies.digest.body': 'Terdapat balasan baharu kepada komen anda dalam perbincangan “{title}”:',
  'mail.replies.reply': '{name} menulis:',
  'mail.replies.anonymous': 'Tanpa nama',
  'mail.replies.more': 'Lagi balasan baharu: {count}',
  'mail.replies.read': 'Baca perbincangan:\n{link}',
  'mail.replies.stop':
    'Anda menerima e-mel ini, paling banyak satu sejam, kerana anda memintanya semasa menghantar komen. Untuk menghentikannya, buka pautan ini:\n{link}',
  'page.discussion': 'Perbincangan: {title}',
  'page.replies.confirm.title': 'Sahkan e-mel tentang balasan',
  'page.replies.confirm.intro':
    'Anda telah meminta untuk dimaklumkan melalui e-mel apabila seseorang membalas komen anda dalam perbincangan ini. Kami tidak akan menghantar apa-apa sehingga anda mengesahkan.',
  'page.replies.confirm.button': 'Sahkan',
  'page.replies.confirm.ignore':
    'Jika anda tidak membuat permintaan ini, tutup halaman ini: anda tidak akan menerima e-mel tentang balasan.',
  'page.replies.confirmed.title': 'E-mel tentang balasan disahkan',
  'page.replies.confirmed.body':
    'Apabila seseorang membalas komen anda dalam perbincangan ini, anda akan menerima e-mel, paling banyak satu sejam. Setiap e-mel mengandungi pautan untuk menghentikannya.',
  'page.replies.unknown.body': 'Pautan ini tidak sah. Pastikan anda membuka keseluruhan pautan daripada e-mel terbaharu anda.',
  'page.replies.expired.body':
    'Pautan pengesahan sah selama {duration}, dan pautan ini telah tamat tempoh. Berikan alamat e-mel anda sekali lagi apabila anda menghantar komen seterusnya.',
  'page.replies.stop.title': 'Hentikan e-mel tentang balasan',
  'page.replies.stop.intro':
    'Anda tidak akan menerima e-mel lagi tentang balasan dalam perbincangan ini. Komen anda kekal seperti sedia ada.',
  'page.replies.stop.all': 'Hentikan juga e-mel tentang balasan dalam semua perbincangan lain, sekarang dan pada masa hadapan',
  'page.replies.stop.button': 'Hentikan e-mel',
  'page.replies.stopped.body': 'Anda tidak akan menerima e-mel lagi tentang balasan dalam perbincangan ini.',
  'page.replies.stopped.all': 'Anda tidak akan menerima e-mel lagi tentang balasan di alamat ini, dalam mana-mana perbincangan.',
  'page.replies.back': 'Kembali ke perbincangan',
  'page.back': 'Kembali ke petisyen',
  'page.home': 'Pergi ke {agency}',
};

export default messages;
