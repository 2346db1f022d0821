// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Faallooyinka waa la soo rarayaa…',
  'comments.count': { '=0': 'Weli faallo ma jirto', one: '{count} faallo', other: '{count} faallo' },
  'comments.sort': 'U kala saar',
  'comments.sort.newest': 'Kuwa ugu cusub marka hore',
  'comments.sort.oldest': 'Kuwa ugu horreeyay marka hore',
  'comments.sort.top': 'Kuwa ugu taageerada badan',
  'comments.empty': 'Weli faallo ma jirto. Noqo qofka ugu horreeya ee faallo bixiya.',
  'comments.more': 'Muuji faallooyin kale',
  'comments.new': { one: '{count} faallo cusub — muuji', other: '{count} faallo cusub — muuji' },
  'comments.closed': 'Doodan waa xiran tahay. Waad akhrin kartaa faallooyinka, laakiin kuma dari kartid kuwo cusub.',
  'comments.form.title': 'Ku dar faallo',
  'comments.form.reply-title': 'U jawaab {name}',
  'comments.form.name': 'Magacaaga',
  'comments.form.name-hint': "Banaan u daa si aad faallo ugu bixiso “Magac la'aan”. Magaca si cad ayaa loo muujiyaa.",
  'comments.form.body': 'Faallo',
  'comments.form.reply-body': 'Jawaab',
  'comments.form.submit': 'Daabac faallada',
  'comments.form.submit-reply': 'Daabac jawaabta',
  'comments.form.submitting': 'Waa la daabacayaa…',
  'comments.form.cancel': 'Jooji',
  'comments.form.required': 'Qor faallo.',
  'comments.form.too-long': 'Faalladu waa inaysan ka badnaan {max} xaraf.',
  'comments.posted': 'Faalladaada waa la daabacay.',
  'comments.posted-pending': 'Mahadsanid. Faalladaadu waxay soo muuqan doontaa marka maamule ansixiyo.',
  'comments.pending': 'Waxay sugaysaa ansixinta maamulaha',
  'comments.upvote': 'Taageer',
  'comments.upvote-label': {
    '=0': 'Taageer faalladan (weli taageere ma leh)',
    one: 'Taageer faalladan ({count} taageere)',
    other: 'Taageer faalladan ({count} taageere)',
  },
  'comments.reply': 'Jawaab',
  'comments.replies-show': { one: 'Muuji {count} jawaab', other: 'Muuji {count} jawaab' },
  'comments.replies-hide': { one: 'Qari {count} jawaab', other: 'Qari {count} jawaab' },
  'comments.report': 'Soo sheeg',
  'comments.delete': 'Tirtir',
};

export default messages;
