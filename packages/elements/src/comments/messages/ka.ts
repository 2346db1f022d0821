// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'კომენტარები იტვირთება…',
  'comments.count': { '=0': 'კომენტარები ჯერ არ არის', one: '{count} კომენტარი', other: '{count} კომენტარი' },
  'comments.sort': 'დალაგება',
  'comments.sort.newest': 'ჯერ უახლესი',
  'comments.sort.oldest': 'ჯერ უძველესი',
  'comments.sort.top': 'ყველაზე მეტად მხარდაჭერილი',
  'comments.empty': 'კომენტარები ჯერ არ არის. დაწერეთ პირველი კომენტარი.',
  'comments.more': 'მეტი კომენტარის ჩვენება',
  'comments.new': { one: '{count} ახალი კომენტარი — ჩვენება', other: '{count} ახალი კომენტარი — ჩვენება' },
  'comments.closed': 'ეს განხილვა დახურულია. კომენტარების წაკითხვა შეგიძლიათ, ახლის დამატება კი — არა.',
  'comments.form.title': 'კომენტარის დამატება',
  'comments.form.reply-title': 'პასუხი: {name}',
  'comments.form.name': 'თქვენი სახელი',
  'comments.form.name-hint': 'დატოვეთ ცარიელი, თუ გსურთ, კომენტარი დაწეროთ როგორც „ანონიმური“. ჩანს საჯაროდ.',
  'comments.form.body': 'კომენტარი',
  'comments.form.reply-body': 'პასუხი',
  'comments.form.submit': 'კომენტარის გამოქვეყნება',
  'comments.form.submit-reply': 'პასუხის გამოქვეყნება',
  'comments.form.submitting': 'ქვეყნდება…',
  'comments.form.cancel': 'გაუქმება',
  'comments.form.required': 'შეიყვანეთ კომენტარი.',
  'comments.form.too-long': 'კომენტარი არ უნდა აღემატებოდეს {max} სიმბოლოს.',
  'comments.posted': 'თქვენი კომენტარი გამოქვეყნდა.',
  'comments.posted-pending': 'გმადლობთ. თქვენი კომენტარი გამოჩნდება მას შემდეგ, რაც მოდერატორი დაამტკიცებს.',
  'comments.pending': 'ელოდება მოდერაციას',
  'comments.upvote': 'მხარდაჭერა',
  'comments.upvote-label': {
    '=0': 'ამ კომენტარის მხარდაჭერა (მხარდამჭერები ჯერ არ არის)',
    one: 'ამ კომენტარის მხარდაჭერა ({count} მხარდამჭერი)',
    other: 'ამ კომენტარის მხარდაჭერა ({count} მხარდამჭერი)',
  },
  'comments.reply': 'პასუხი',
  'comments.replies-show': { one: '{count} პასუხის ჩვენება', other: '{count} პასუხის ჩვენება' },
  'comments.replies-hide': { one: '{count} პასუხის დამალვა', other: '{count} პასუხის დამალვა' },
  'comments.report': 'შეტყობინება',
  'comments.delete': 'წაშლა',
};

export default messages;
