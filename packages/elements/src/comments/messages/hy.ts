// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Մեկնաբանությունները բեռնվում են…',
  'comments.count': { '=0': 'Մեկնաբանություններ դեռ չկան', one: '{count} մեկնաբանություն', other: '{count} մեկնաբանություն' },
  'comments.sort': 'Դասավորել ըստ',
  'comments.sort.newest': 'Նախ՝ նորերը',
  'comments.sort.oldest': 'Նախ՝ հները',
  'comments.sort.top': 'Ամենաշատ աջակցվածները',
  'comments.empty': 'Մեկնաբանություններ դեռ չկան։ Գրեք առաջին մեկնաբանությունը։',
  'comments.more': 'Ցույց տալ ավելի շատ մեկնաբանություններ',
  'comments.new': { one: '{count} նոր մեկնաբանություն — ցույց տալ', other: '{count} նոր մեկնաբանություն — ցույց տալ' },
  'comments.closed': 'Այս քննարկումը փակված է։ Կարող եք կարդալ մեկնաբանությունները, բայց չեք կարող նորերն ավելացնել։',
  'comments.form.title': 'Ավելացնել մեկնաբանություն',
  'comments.form.reply-title': 'Պատասխան օգտատիրոջը՝ {name}',
  'comments.form.name': 'Ձեր անունը',
  'comments.form.name-hint': 'Թողեք դատարկ՝ «Անանուն» անունով մեկնաբանելու համար։ Ցուցադրվում է հրապարակայնորեն։',
  'comments.form.body': 'Մեկնաբանություն',
  'comments.form.reply-body': 'Պատասխան',
  'comments.form.submit': 'Հրապարակել մեկնաբանությունը',
  'comments.form.submit-reply': 'Հրապարակել պատասխանը',
  'comments.form.submitting': 'Հրապարակվում է…',
  'comments.form.cancel': 'Չեղարկել',
  'comments.form.required': 'Գրեք մեկնաբանություն։',
  'comments.form.too-long': 'Մեկնաբանությունը կարող է պարունակել առավելագույնը {max} նիշ։',
  'comments.posted': 'Ձեր մեկնաբանությունը հրապարակվել է։',
  'comments.posted-pending': 'Շնորհակալություն։ Ձեր մեկնաբանությունը կհայտնվի մոդերատորի հաստատումից հետո։',
  'comments.pending': 'Սպասում է մոդերատորի հաստատման',
  'comments.upvote': 'Աջակցել',
  'comments.upvote-label': {
    '=0': 'Աջակցել այս մեկնաբանությանը (աջակիցներ դեռ չկան)',
    one: 'Աջակցել այս մեկնաբանությանը ({count} աջակից)',
    other: 'Աջակցել այս մեկնաբանությանը ({count} աջակից)',
  },
  'comments.reply': 'Պատասխանել',
  'comments.replies-show': { one: 'Ցույց տալ {count} պատասխանը', other: 'Ցույց տալ {count} պատասխանը' },
  'comments.replies-hide': { one: 'Թաքցնել {count} պատասխանը', other: 'Թաքցնել {count} պատասխանը' },
  'comments.report': 'Բողոքել',
  'comments.delete': 'Ջնջել',
};

export default messages;
