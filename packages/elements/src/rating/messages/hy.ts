// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Բեռնվում է…',
  'rating.stars': { one: '{count} աստղ', other: '{count} աստղ' },
  'rating.yes': 'Այո',
  'rating.no': 'Ոչ',
  'rating.csat.1': 'Շատ դժգոհ',
  'rating.csat.2': 'Դժգոհ',
  'rating.csat.3': 'Ո՛չ գոհ, ո՛չ դժգոհ',
  'rating.csat.4': 'Գոհ',
  'rating.csat.5': 'Շատ գոհ',
  'rating.send': 'Ուղարկել գնահատականը',
  'rating.sending': 'Ուղարկվում է…',
  'rating.choose': 'Նախ ընտրեք գնահատական։',
  'rating.thanks': 'Շնորհակալություն Ձեր կարծիքի համար։',
  'rating.follow-up': 'Պատմեք ավելին (ոչ պարտադիր)',
  'rating.reasons': 'Ինչի՞ն էր դա վերաբերում։',
  'rating.comment': 'Մեկնաբանություն',
  'rating.comment-hint': 'Մի՛ նշեք անձնական տվյալներ, օրինակ՝ Ձեր անունը կամ հասցեն։',
  'rating.send-more': 'Ուղարկել',
  'rating.skip': 'Բաց թողնել',
  'rating.done': 'Շնորհակալություն։ Ձեր կարծիքն օգնում է մեզ բարելավել այս ծառայությունը։',
  'rating.yours': 'Ձեր գնահատականը՝ {score}։',
  'rating.change': 'Փոխել պատասխանը',
  'rating.closed': 'Այս ծառայությունն այս պահին գնահատականներ չի ընդունում։',
  'rating.average': '5 միավորից {average}',
  'rating.yes-share': 'Մարդկանց {percent}-ը սա օգտակար է համարել',
  'rating.count': {
    '=0': 'Գնահատականներ դեռ չկան',
    one: '{count} գնահատականի հիման վրա',
    other: '{count} գնահատականի հիման վրա',
  },
  'rating.details-show': 'Ցույց տալ բոլոր գնահատականները',
  'rating.details-hide': 'Թաքցնել բոլոր գնահատականները',
  'rating.distribution': '{label}՝ {count} ({percent})',
};

export default messages;
