// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'პეტიცია იტვირთება…',
  'petition.full-text': 'პეტიციის სრული ტექსტის წაკითხვა',
  'petition.signatures': { '=0': 'ხელმოწერები ჯერ არ არის', one: '{count} ხელმოწერა', other: '{count} ხელმოწერა' },
  'petition.progress': 'ხელმოწერები: {count} / {goal} ({percent})',
  'petition.milestones': 'შუალედური მიზნები',
  'petition.milestone': { one: '{count} ხელმოწერა — {label}', other: '{count} ხელმოწერა — {label}' },
  'petition.reached': '(✓ მიღწეულია)',
  'petition.milestone-reached': 'მიღწეულია შუალედური მიზანი: {label}.',
  'petition.closes': 'ხელმოწერების შეგროვების ბოლო ვადა: {date}.',
  'petition.opens': 'ამ პეტიციაზე ხელმოწერების შეგროვება დაიწყება: {date}.',
  'petition.closed': 'ეს პეტიცია დახურულია. ხელმოწერები აღარ გროვდება.',
  'petition.response': 'ოფიციალური პასუხი',
  'petition.responded-on': 'გამოქვეყნდა: {date}.',
  'petition.recent': 'ბოლო ხელმომწერები',
  'petition.sign': 'მოაწერეთ ხელი ამ პეტიციას',
  'petition.name': 'სახელი და გვარი',
  'petition.email': 'ელფოსტის მისამართი',
  'petition.email-hint': 'გამოგიგზავნით ბმულს ხელმოწერის დასადასტურებლად.',
  'petition.region': 'საცხოვრებელი ადგილი',
  'petition.region-choose': 'აირჩიეთ საცხოვრებელი ადგილი',
  'petition.consent':
    'ვეთანხმები, რომ ჩემი სახელი, ელფოსტის მისამართი და საცხოვრებელი ტერიტორია დამუშავდეს ჩემი ხელმოწერის აღსარიცხად, როგორც ეს აღწერილია {privacy}.',
  'petition.privacy-notice': 'კონფიდენციალურობის პოლიტიკაში',
  'petition.show-name': 'ჩემი სახელი საჯაროდ გამოჩნდეს ხელმომწერთა სიაში',
  'petition.submit': 'პეტიციაზე ხელის მოწერა',
  'petition.submitting': 'მიმდინარეობს ხელის მოწერა…',
  'petition.error-summary': 'წარმოიშვა პრობლემა',
  'petition.error.name': 'შეიყვანეთ სახელი და გვარი.',
  'petition.error.email-empty': 'შეიყვანეთ ელფოსტის მისამართი.',
  'petition.error.email': 'შეიყვანეთ ელფოსტის მისამართი სწორი ფორმატით, მაგალითად: name@example.com.',
  'petition.error.region': 'აირჩიეთ საცხოვრებელი ადგილი.',
  'petition.error.consent': 'ხელის მოსაწერად საჭიროა თქვენი თანხმობა.',
  'petition.check-email': 'შეამოწმეთ ელფოსტა',
  'petition.check-email-body':
    'ბმული გამოვგზავნეთ მისამართზე {email}. გახსენით ის ხელმოწერის დასადასტურებლად: ხელმოწერა მხოლოდ დადასტურების შემდეგ ითვლება.',
  'petition.check-email-help':
    'თუ რამდენიმე წუთში არაფერი მოვა, შეამოწმეთ სპამის საქაღალდე ან ხელახლა მოაწერეთ ხელი იმავე მისამართით, რომ ახალი ბმული მიიღოთ.',
  'petition.share': 'პეტიციის გაზიარება',
  'petition.copied': 'ბმული დაკოპირდა.',
};

export default messages;
