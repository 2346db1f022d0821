import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API টোকেন পেজ, বাংলায়। */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API টোকেন',
  'tokens.intro':
    'API টোকেনের মাধ্যমে কোনো স্ক্রিপ্ট বা অন্য সিস্টেম আপনার হয়ে অ্যাডমিন API ব্যবহার করতে পারে, যাতে ফলাফলের রাতের রপ্তানির মতো কাজ স্বয়ংক্রিয়ভাবে হয়। আপনার ভূমিকা ({role}) যা করার অনুমতি দেয়, এটি তা-ই করতে পারে।',
  'tokens.howTo': 'স্ক্রিপ্টটি প্রতিটি অনুরোধের Authorization হেডারে টোকেন পাঠায়:',
  'tokens.loading': 'আপনার টোকেন লোড হচ্ছে…',
  'tokens.loadError': 'আপনার টোকেন লোড করা যায়নি: {detail}',
  'tokens.retry': 'আবার চেষ্টা করুন',
  'tokens.none': 'আপনার কোনো API টোকেন নেই।',
  'tokens.caption': { one: 'আপনার টোকেন ({count}টি)', other: 'আপনার টোকেন ({count}টি)' },
  'col.name': 'নাম',
  'col.created': 'তৈরির তারিখ',
  'col.lastUsed': 'শেষ ব্যবহার',
  'col.status': 'অবস্থা',
  'col.actions': 'কাজ',
  'tokens.never': 'কখনো না',
  'tokens.active': 'সক্রিয়',
  'tokens.revoked': 'প্রত্যাহার করা',
  'tokens.revoke': 'প্রত্যাহার করুন',
  'create.title': 'টোকেন তৈরি করুন',
  'create.name': 'নাম',
  'create.nameHint': 'এটি কিসের জন্য, যাতে পরে চিনতে পারেন। যেমন: ফলাফলের রাতের রপ্তানি।',
  'create.submit': 'টোকেন তৈরি করুন',
  'create.working': 'টোকেন তৈরি করা হচ্ছে…',
  'create.errorTitle': 'টোকেন তৈরি হয়নি',
  'create.nameRequired': 'টোকেনের একটি নাম লিখুন',
  'created.title': 'আপনার নতুন টোকেন',
  'created.status': '“{name}” টোকেনটি তৈরি হয়েছে।',
  'created.warning':
    'এখনই এটি কপি করে নিরাপদে রাখুন, যেমন কোনো পাসওয়ার্ড ম্যানেজারে বা আপনার অটোমেশনের গোপন সেটিংসে। এটি আর দেখানো হবে না। যার কাছে এটি থাকবে, তিনি আপনার হয়ে কাজ করতে পারবেন।',
  'created.label': 'API টোকেন “{name}”',
  'created.done': 'আমি এটি সংরক্ষণ করেছি',
  copy: 'টোকেন কপি করুন',
  copied: 'টোকেন কপি হয়েছে।',
  copyFailed: 'টোকেনটি নির্বাচন করা আছে: কিবোর্ড বা মেনু দিয়ে কপি করুন।',
  'revoke.title': '“{name}” টোকেনটি প্রত্যাহার করবেন?',
  'revoke.body':
    'যেসব স্ক্রিপ্ট ও সিস্টেম এটি ব্যবহার করে, সেগুলো সঙ্গে সঙ্গে কাজ করা বন্ধ করবে। এটি ফেরানো যাবে না, তবে আপনি নতুন টোকেন তৈরি করতে পারবেন।',
  'revoke.confirm': 'হ্যাঁ, প্রত্যাহার করুন',
  'revoke.done': '“{name}” টোকেনটি প্রত্যাহার করা হয়েছে।',
  'revoke.errorTitle': 'টোকেন প্রত্যাহার করা হয়নি',
  cancel: 'বাতিল করুন',
  'role.admin': 'প্রশাসক',
  'role.editor': 'সম্পাদক',
  'role.moderator': 'মডারেটর',
  'role.analyst': 'বিশ্লেষক',
};

export default messages;
