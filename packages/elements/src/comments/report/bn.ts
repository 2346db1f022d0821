// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'আপনি কেন এই মন্তব্যটি রিপোর্ট করছেন?',
  'comments.reason.spam': 'স্প্যাম বা বিজ্ঞাপন',
  'comments.reason.abuse': 'অপমানজনক বা আপত্তিকর',
  'comments.reason.off-topic': 'বিষয়ের সাথে সম্পর্কহীন',
  'comments.reason.personal-data': 'ব্যক্তিগত তথ্য আছে',
  'comments.reason.other': 'অন্য কোনো কারণ',
  'comments.reported': 'ধন্যবাদ। মন্তব্যটি মডারেটরদের কাছে রিপোর্ট করা হয়েছে।',
  'comments.already-reported': 'আপনি এই মন্তব্যটি আগেই রিপোর্ট করেছেন।',
  'comments.delete-menu': 'আপনার মন্তব্য মুছে ফেলবেন? এর লেখা ও আপনার নাম স্থায়ীভাবে মুছে যাবে।',
  'comments.delete-yes': 'আমার মন্তব্য মুছে ফেলুন',
  'comments.delete-no': 'রেখে দিন',
  'comments.deleted': 'আপনার মন্তব্য মুছে ফেলা হয়েছে।',
};

export default messages;
