// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Soʻrovnoma yuklanmoqda…',
  'poll.vote': 'Ovoz berish',
  'poll.submitting': 'Ovozingiz yuborilmoqda…',
  'poll.change-vote': 'Ovozni oʻzgartirish',
  'poll.keep-vote': 'Ovozimni saqlab qolish',
  'poll.hint-single': 'Bitta variantni tanlang.',
  'poll.hint-multiple': { one: '1 ta variantni tanlang.', other: 'Koʻpi bilan {count} ta variantni tanlang.' },
  'poll.max-reached': {
    one: 'Siz mumkin boʻlgan eng koʻp variantni tanladingiz: 1 ta.',
    other: 'Siz mumkin boʻlgan eng koʻp variantni tanladingiz: {count} ta.',
  },
  'poll.need-choice': 'Ovoz berishdan oldin variantni tanlang.',
  'poll.voted': 'Rahmat. Ovozingiz qayd etildi.',
  'poll.vote-changed': 'Ovozingiz oʻzgartirildi.',
  'poll.you-voted': 'Siz bu soʻrovnomada ovoz bergansiz.',
  'poll.your-choice': '(✓ sizning tanlovingiz)',
  'poll.votes': { '=0': 'ovoz yoʻq', one: '{count} ta ovoz', other: '{count} ta ovoz' },
  'poll.participants': {
    '=0': 'Hali hech kim ovoz bermagan.',
    one: '{count} kishi ovoz berdi.',
    other: '{count} kishi ovoz berdi.',
  },
  'poll.closes': 'Soʻrovnoma {relative} yopiladi ({date}).',
  'poll.opens': 'Bu soʻrovnoma {relative} ochiladi ({date}).',
  'poll.closed-on': 'Bu soʻrovnoma yopilgan sana: {date}.',
  'poll.closed': 'Bu soʻrovnoma yopilgan.',
  'poll.results': 'Natijalar',
  'poll.results-after-vote': 'Natijalar ovoz berganingizdan keyin koʻrsatiladi.',
  'poll.results-after-close': 'Natijalar soʻrovnoma yopilgach koʻrsatiladi.',
  'poll.results-never': 'Bu soʻrovnoma natijalari eʼlon qilinmaydi.',
  'poll.error.already-done': 'Siz bu soʻrovnomada allaqachon ovoz bergansiz.',
  'poll.error.closed': 'Bu soʻrovnomada endi ovoz berib boʻlmaydi.',
};

export default messages;
