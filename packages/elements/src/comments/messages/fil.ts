// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Naglo-load ang mga komento…',
  'comments.count': { '=0': 'Wala pang komento', one: '{count} komento', other: '{count} komento' },
  'comments.sort': 'Pagsunud-sunurin ayon sa',
  'comments.sort.newest': 'Pinakabago muna',
  'comments.sort.oldest': 'Pinakaluma muna',
  'comments.sort.top': 'Pinakamaraming sumuporta',
  'comments.empty': 'Wala pang komento. Kayo na ang maunang magkomento.',
  'comments.more': 'Magpakita pa ng mga komento',
  'comments.new': { one: '{count} bagong komento — ipakita', other: '{count} bagong komento — ipakita' },
  'comments.closed': 'Sarado na ang talakayang ito. Mababasa ninyo ang mga komento, pero hindi na kayo makapagdaragdag ng bago.',
  'comments.form.title': 'Magdagdag ng komento',
  'comments.form.reply-title': 'Sumagot kay {name}',
  'comments.form.name': 'Ang inyong pangalan',
  'comments.form.name-hint': 'Iwanang blangko para magkomento bilang “Anonimo”. Makikita ito ng publiko.',
  'comments.form.body': 'Komento',
  'comments.form.reply-body': 'Sagot',
  'comments.form.submit': 'I-post ang komento',
  'comments.form.submit-reply': 'I-post ang sagot',
  'comments.form.submitting': 'Ipinapo-post…',
  'comments.form.cancel': 'Kanselahin',
  'comments.form.required': 'Maglagay ng komento.',
  'comments.form.too-long': 'Hanggang {max} karakter lang ang puwede sa isang komento.',
  'comments.posted': 'Nailathala na ang inyong komento.',
  'comments.posted-pending': 'Salamat. Lalabas ang inyong komento kapag naaprubahan na ito ng moderator.',
  'comments.pending': 'Hinihintay ang pag-apruba ng moderator',
  'comments.upvote': 'Suportahan',
  'comments.upvote-label': {
    '=0': 'Suportahan ang komentong ito (wala pang sumusuporta)',
    one: 'Suportahan ang komentong ito ({count} sumusuporta)',
    other: 'Suportahan ang komentong ito ({count} sumusuporta)',
  },
  'comments.reply': 'Sumagot',
  'comments.replies-show': { one: 'Ipakita ang {count} sagot', other: 'Ipakita ang {count} sagot' },
  'comments.replies-hide': { one: 'Itago ang {count} sagot', other: 'Itago ang {count} sagot' },
  'comments.report': 'I-report',
  'comments.delete': 'Burahin',
};

export default messages;
