// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'উত্তরের জন্য ইমেইল',
  'comments.form.email-hint':
    'আপনি ঠিকানাটি নিশ্চিত করার পর কেউ উত্তর দিলে আমরা আপনাকে ইমেইল করব, ঘণ্টায় সর্বোচ্চ একবার। ঠিকানাটি কখনো দেখানো হয় না।',
  'comments.form.email-error': 'সঠিক ফরম্যাটে ইমেইল ঠিকানা লিখুন, যেমন name@example.com',
  'comments.posted-email': 'এই ঠিকানাটি আমাদের কাছে নতুন হলে, উত্তর সম্পর্কে ইমেইল পেতে আমরা সেখানে যে লিংক পাঠিয়েছি সেটি খুলুন।',
};

export default messages;
