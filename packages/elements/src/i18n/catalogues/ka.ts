// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'იტვირთება…',
  'common.retry': 'ხელახლა ცდა',
  'common.anonymous': 'ანონიმური',
  'common.honeypot': 'ეს ველი დატოვეთ ცარიელი',
  'common.optional': '(არასავალდებულო)',
  'common.characters-left': { one: 'დარჩა {count} სიმბოლო', other: 'დარჩა {count} სიმბოლო' },
  'common.characters-over': { one: 'ზედმეტია {count} სიმბოლო', other: 'ზედმეტია {count} სიმბოლო' },
  'error.offline': 'როგორც ჩანს, ინტერნეტთან კავშირი არ არის. შეამოწმეთ კავშირი.',
  'error.network': 'ამჟამად სერვისთან დაკავშირება ვერ ხერხდება. პრობლემა თქვენს მხარეს არ არის.',
  'error.timeout': 'სერვისი პასუხს ძალიან აგვიანებს. შესაძლოა, ის გადატვირთულია.',
  'error.not-found': 'ეს შიგთავსი ვერ მოიძებნა. შესაძლოა, ის წაშლილია.',
  'error.invalid-input': 'ზოგიერთი მონაცემი არასწორია. შეამოწმეთ და სცადეთ ხელახლა.',
  'error.already-done': 'ეს უკვე გააკეთეთ.',
  'error.closed': 'ეს დახურულია.',
  'error.rate-limited': 'ძალიან ბევრი მცდელობა. ცოტა ხანს მოიცადეთ და სცადეთ ხელახლა.',
  'error.unauthorised': 'ამ საიტს არ აქვს ამ სერვისის გამოყენების უფლება.',
  'error.server': 'შეცდომა მოხდა ჩვენს მხარეს და არა თქვენსას.',
  'error.no-backend': 'სერვერი არ არის მითითებული: ამ ვიჯეტს სჭირდება სერვერის მისამართი (endpoint).',
  'error.retrying': 'ეს ავტომატურად ჩაიტვირთება, როცა კავშირი ან სერვისი აღდგება.',
  'error.kept': 'თქვენ მიერ შეყვანილი მონაცემები შენახულია: ცოტა ხანში სცადეთ ხელახლა.',
  'error.unknown': 'რაღაც შეცდომა მოხდა. სცადეთ ხელახლა.',
  'time.relative-past': 'წუთზე ნაკლები ხნის წინ',
};

export default messages;
