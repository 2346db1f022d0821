// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'লোড হচ্ছে…',
  'common.retry': 'আবার চেষ্টা করুন',
  'common.anonymous': 'বেনামি',
  'common.honeypot': 'এই ঘরটি ফাঁকা রাখুন',
  'common.optional': '(ঐচ্ছিক)',
  'common.characters-left': { one: 'আর {count}টি অক্ষর লেখা যাবে', other: 'আর {count}টি অক্ষর লেখা যাবে' },
  'common.characters-over': { one: '{count}টি অক্ষর বেশি লেখা হয়েছে', other: '{count}টি অক্ষর বেশি লেখা হয়েছে' },
  'error.offline': 'মনে হচ্ছে আপনি অফলাইনে আছেন। আপনার ইন্টারনেট সংযোগ পরীক্ষা করুন।',
  'error.network': 'এই মুহূর্তে আমরা সেবাটির সাথে যোগাযোগ করতে পারছি না। সমস্যাটি আপনার দিক থেকে নয়।',
  'error.timeout': 'সেবাটি উত্তর দিতে অনেক সময় নিচ্ছে। হয়তো এটি এখন ব্যস্ত।',
  'error.not-found': 'এই বিষয়বস্তু খুঁজে পাওয়া যায়নি। হয়তো এটি সরিয়ে ফেলা হয়েছে।',
  'error.invalid-input': 'কিছু তথ্য সঠিক নয়। তথ্যগুলো দেখে আবার চেষ্টা করুন।',
  'error.already-done': 'আপনি এটি আগেই করেছেন।',
  'error.closed': 'এটি বন্ধ হয়ে গেছে।',
  'error.rate-limited': 'অনেকবার চেষ্টা করা হয়েছে। একটু অপেক্ষা করে আবার চেষ্টা করুন।',
  'error.unauthorised': 'এই ওয়েবসাইটের এই সেবা ব্যবহারের অনুমতি নেই।',
  'error.server': 'আমাদের দিক থেকে একটি সমস্যা হয়েছে, আপনার দিক থেকে নয়।',
  'error.no-backend': 'কোনো ব্যাকএন্ড সেট করা নেই: এই উইজেটের জন্য একটি এন্ডপয়েন্ট দরকার।',
  'error.retrying': 'সংযোগ বা সেবা ফিরে এলে এটি নিজে থেকেই লোড হবে।',
  'error.kept': 'আপনি যা লিখেছেন তা সংরক্ষিত আছে: একটু পরে আবার চেষ্টা করুন।',
  'error.unknown': 'কোনো একটি সমস্যা হয়েছে। আবার চেষ্টা করুন।',
  'time.relative-past': 'এক মিনিটেরও কম আগে',
};

export default messages;
