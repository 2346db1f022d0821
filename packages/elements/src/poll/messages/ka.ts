// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'გამოკითხვა იტვირთება…',
  'poll.vote': 'ხმის მიცემა',
  'poll.submitting': 'თქვენი ხმა იგზავნება…',
  'poll.change-vote': 'ხმის შეცვლა',
  'poll.keep-vote': 'ჩემი ხმის შენარჩუნება',
  'poll.hint-single': 'აირჩიეთ ერთი ვარიანტი.',
  'poll.hint-multiple': { one: 'აირჩიეთ 1 ვარიანტი.', other: 'აირჩიეთ მაქსიმუმ {count} ვარიანტი.' },
  'poll.max-reached': {
    one: 'უკვე აირჩიეთ ვარიანტების მაქსიმალური რაოდენობა: 1.',
    other: 'უკვე აირჩიეთ ვარიანტების მაქსიმალური რაოდენობა: {count}.',
  },
  'poll.need-choice': 'ხმის მიცემამდე აირჩიეთ ვარიანტი.',
  'poll.voted': 'გმადლობთ. თქვენი ხმა აღრიცხულია.',
  'poll.vote-changed': 'თქვენი ხმა შეიცვალა.',
  'poll.you-voted': 'თქვენ ამ გამოკითხვაში უკვე მიეცით ხმა.',
  'poll.your-choice': '(✓ თქვენი არჩევანი)',
  'poll.votes': { '=0': 'ხმები არ არის', one: '{count} ხმა', other: '{count} ხმა' },
  'poll.participants': {
    '=0': 'ჯერ არავის მიუცია ხმა.',
    one: 'ხმა მისცა {count} ადამიანმა.',
    other: 'ხმა მისცა {count} ადამიანმა.',
  },
  'poll.closes': 'გამოკითხვა დაიხურება {relative} ({date}).',
  'poll.opens': 'ეს გამოკითხვა დაიწყება {relative} ({date}).',
  'poll.closed-on': 'ეს გამოკითხვა დაიხურა. დახურვის თარიღი: {date}.',
  'poll.closed': 'ეს გამოკითხვა დახურულია.',
  'poll.results': 'შედეგები',
  'poll.results-after-vote': 'შედეგები გამოჩნდება ხმის მიცემის შემდეგ.',
  'poll.results-after-close': 'შედეგები გამოჩნდება გამოკითხვის დახურვის შემდეგ.',
  'poll.results-never': 'ამ გამოკითხვის შედეგები არ ქვეყნდება.',
  'poll.error.already-done': 'თქვენ ამ გამოკითხვაში უკვე მიეცით ხმა.',
  'poll.error.closed': 'ამ გამოკითხვაში ხმის მიცემა აღარ შეიძლება.',
};

export default messages;
