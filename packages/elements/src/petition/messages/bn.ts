// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'আবেদন লোড হচ্ছে…',
  'petition.full-text': 'পুরো আবেদনটি পড়ুন',
  'petition.signatures': { '=0': 'এখনো কোনো স্বাক্ষর নেই', one: '{count}টি স্বাক্ষর', other: '{count}টি স্বাক্ষর' },
  'petition.progress': 'স্বাক্ষর: {goal}টির মধ্যে {count}টি ({percent})',
  'petition.milestones': 'লক্ষ্যের ধাপ',
  'petition.milestone': { one: '{count}টি স্বাক্ষর — {label}', other: '{count}টি স্বাক্ষর — {label}' },
  'petition.reached': '(✓ অর্জিত)',
  'petition.milestone-reached': 'ধাপ অর্জিত হয়েছে: {label}।',
  'petition.closes': '{date} পর্যন্ত স্বাক্ষর করা যাবে।',
  'petition.opens': 'এই আবেদনে {date} থেকে স্বাক্ষর করা যাবে।',
  'petition.closed': 'এই আবেদন বন্ধ। এতে আর স্বাক্ষর নেওয়া হচ্ছে না।',
  'petition.response': 'আনুষ্ঠানিক উত্তর',
  'petition.responded-on': '{date} তারিখে প্রকাশিত।',
  'petition.recent': 'সাম্প্রতিক স্বাক্ষরকারীরা',
  'petition.sign': 'এই আবেদনে স্বাক্ষর করুন',
  'petition.name': 'পুরো নাম',
  'petition.email': 'ইমেইল ঠিকানা',
  'petition.email-hint': 'আপনার স্বাক্ষর নিশ্চিত করার জন্য আমরা আপনাকে একটি লিংক পাঠাব।',
  'petition.region': 'বসবাসের এলাকা',
  'petition.region-choose': 'আপনার এলাকা বেছে নিন',
  'petition.consent':
    'আমি সম্মতি দিচ্ছি যে, {privacy} অনুযায়ী, আমার স্বাক্ষর নথিভুক্ত করার জন্য আমার নাম, ইমেইল ঠিকানা ও এলাকা ব্যবহার করা হবে।',
  'petition.privacy-notice': 'গোপনীয়তা বিজ্ঞপ্তি',
  'petition.show-name': 'স্বাক্ষরকারীদের তালিকায় আমার নাম সবার জন্য দেখান',
  'petition.submit': 'আবেদনে স্বাক্ষর করুন',
  'petition.submitting': 'স্বাক্ষর করা হচ্ছে…',
  'petition.error-summary': 'একটি সমস্যা আছে',
  'petition.error.name': 'আপনার পুরো নাম লিখুন।',
  'petition.error.email-empty': 'আপনার ইমেইল ঠিকানা লিখুন।',
  'petition.error.email': 'সঠিক ফরম্যাটে ইমেইল ঠিকানা লিখুন, যেমন name@example.com',
  'petition.error.region': 'আপনার এলাকা বেছে নিন।',
  'petition.error.consent': 'স্বাক্ষর করার আগে আপনাকে সম্মতি দিতে হবে।',
  'petition.check-email': 'আপনার ইমেইল দেখুন',
  'petition.check-email-body':
    'আমরা {email} ঠিকানায় একটি লিংক পাঠিয়েছি। আপনার স্বাক্ষর নিশ্চিত করতে লিংকটি খুলুন: নিশ্চিত করার পরেই স্বাক্ষর গণনা করা হয়।',
  'petition.check-email-help':
    'কয়েক মিনিটের মধ্যে কিছু না এলে আপনার স্প্যাম ফোল্ডার দেখুন, অথবা নতুন লিংক পেতে একই ঠিকানা দিয়ে আবার স্বাক্ষর করুন।',
  'petition.share': 'এই আবেদন শেয়ার করুন',
  'petition.copied': 'লিংক কপি হয়েছে।',
};

export default messages;
