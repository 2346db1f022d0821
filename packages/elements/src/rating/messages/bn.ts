// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'লোড হচ্ছে…',
  'rating.stars': { one: '{count}টি তারা', other: '{count}টি তারা' },
  'rating.yes': 'হ্যাঁ',
  'rating.no': 'না',
  'rating.csat.1': 'খুবই অসন্তুষ্ট',
  'rating.csat.2': 'অসন্তুষ্ট',
  'rating.csat.3': 'সন্তুষ্ট বা অসন্তুষ্ট কোনোটিই নয়',
  'rating.csat.4': 'সন্তুষ্ট',
  'rating.csat.5': 'খুবই সন্তুষ্ট',
  'rating.send': 'রেটিং পাঠান',
  'rating.sending': 'পাঠানো হচ্ছে…',
  'rating.choose': 'প্রথমে একটি রেটিং বেছে নিন।',
  'rating.thanks': 'আপনার মতামতের জন্য ধন্যবাদ।',
  'rating.follow-up': 'আমাদের আরও জানান (ঐচ্ছিক)',
  'rating.reasons': 'বিষয়টি কী নিয়ে ছিল?',
  'rating.comment': 'মন্তব্য',
  'rating.comment-hint': 'ব্যক্তিগত তথ্য, যেমন আপনার নাম বা ঠিকানা, লিখবেন না।',
  'rating.send-more': 'পাঠান',
  'rating.skip': 'বাদ দিন',
  'rating.done': 'ধন্যবাদ। আপনার মতামত আমাদের এই সেবা আরও ভালো করতে সাহায্য করে।',
  'rating.yours': 'আপনার রেটিং: {score}।',
  'rating.change': 'উত্তর পরিবর্তন করুন',
  'rating.closed': 'এই সেবা এখন রেটিং নিচ্ছে না।',
  'rating.average': '৫-এর মধ্যে {average}',
  'rating.yes-share': '{percent} মানুষ এটিকে উপকারী মনে করেছেন',
  'rating.count': { '=0': 'এখনো কোনো রেটিং নেই', one: '{count}টি রেটিংয়ের ভিত্তিতে', other: '{count}টি রেটিংয়ের ভিত্তিতে' },
  'rating.details-show': 'সব রেটিং দেখান',
  'rating.details-hide': 'সব রেটিং লুকান',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
