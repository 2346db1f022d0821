// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Ilayisha amazwana…',
  'comments.count': { '=0': 'Awekho amazwana okwamanje', one: 'izwana elilodwa', other: 'amazwana angu-{count}' },
  'comments.sort': 'Hlela ngokuthi',
  'comments.sort.newest': 'Amasha kuqala',
  'comments.sort.oldest': 'Amadala kuqala',
  'comments.sort.top': 'Asekelwa kakhulu',
  'comments.empty': 'Awekho amazwana okwamanje. Yiba ngowokuqala ukuphawula.',
  'comments.more': 'Bonisa amanye amazwana',
  'comments.new': { one: 'Izwana elisha elilodwa — bonisa', other: 'Amazwana amasha angu-{count} — bonisa' },
  'comments.closed': 'Le ngxoxo ivaliwe. Ungawafunda amazwana, kodwa awukwazi ukwengeza amasha.',
  'comments.form.title': 'Bhala izwana',
  'comments.form.reply-title': 'Phendula u-{name}',
  'comments.form.name': 'Igama lakho',
  'comments.form.name-hint': 'Shiya kungenalutho ukuze uphawule njengo-“Ongaziwa”. Igama liboniswa obala.',
  'comments.form.body': 'Izwana',
  'comments.form.reply-body': 'Impendulo',
  'comments.form.submit': 'Thumela izwana',
  'comments.form.submit-reply': 'Thumela impendulo',
  'comments.form.submitting': 'Iyathumela…',
  'comments.form.cancel': 'Khansela',
  'comments.form.required': 'Bhala izwana.',
  'comments.form.too-long': 'Amazwana akufanele adlule izinhlamvu ezingu-{max}.',
  'comments.posted': 'Izwana lakho lishicilelwe.',
  'comments.posted-pending': 'Siyabonga. Izwana lakho lizovela uma umlawuli eseligunyazile.',
  'comments.pending': 'Lilinde ukugunyazwa',
  'comments.upvote': 'Sekela',
  'comments.upvote-label': {
    '=0': 'Sekela leli zwana (akekho olisekelayo okwamanje)',
    one: 'Sekela leli zwana (umsekeli oyedwa)',
    other: 'Sekela leli zwana (abasekeli abangu-{count})',
  },
  'comments.reply': 'Phendula',
  'comments.replies-show': { one: 'Bonisa impendulo eyodwa', other: 'Bonisa izimpendulo ezingu-{count}' },
  'comments.replies-hide': { one: 'Fihla impendulo eyodwa', other: 'Fihla izimpendulo ezingu-{count}' },
  'comments.report': 'Bika',
  'comments.delete': 'Susa',
};

export default messages;
