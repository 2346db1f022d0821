// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'মন্তব্য লোড হচ্ছে…',
  'comments.count': { '=0': 'এখনো কোনো মন্তব্য নেই', one: '{count}টি মন্তব্য', other: '{count}টি মন্তব্য' },
  'comments.sort': 'সাজানোর ক্রম',
  'comments.sort.newest': 'নতুনগুলো আগে',
  'comments.sort.oldest': 'পুরোনোগুলো আগে',
  'comments.sort.top': 'সবচেয়ে বেশি সমর্থিত',
  'comments.empty': 'এখনো কোনো মন্তব্য নেই। প্রথম মন্তব্যটি আপনিই করুন।',
  'comments.more': 'আরও মন্তব্য দেখান',
  'comments.new': { one: '{count}টি নতুন মন্তব্য — দেখান', other: '{count}টি নতুন মন্তব্য — দেখান' },
  'comments.closed': 'এই আলোচনা বন্ধ। আপনি মন্তব্যগুলো পড়তে পারবেন, কিন্তু নতুন মন্তব্য যোগ করতে পারবেন না।',
  'comments.form.title': 'মন্তব্য যোগ করুন',
  'comments.form.reply-title': '{name}-কে উত্তর দিন',
  'comments.form.name': 'আপনার নাম',
  'comments.form.name-hint': '“বেনামি” হিসেবে মন্তব্য করতে ফাঁকা রাখুন। নামটি সবাই দেখতে পাবেন।',
  'comments.form.body': 'মন্তব্য',
  'comments.form.reply-body': 'উত্তর',
  'comments.form.submit': 'মন্তব্য প্রকাশ করুন',
  'comments.form.submit-reply': 'উত্তর প্রকাশ করুন',
  'comments.form.submitting': 'প্রকাশ করা হচ্ছে…',
  'comments.form.cancel': 'বাতিল করুন',
  'comments.form.required': 'একটি মন্তব্য লিখুন।',
  'comments.form.too-long': 'মন্তব্য সর্বোচ্চ {max}টি অক্ষরের হতে পারে।',
  'comments.posted': 'আপনার মন্তব্য প্রকাশিত হয়েছে।',
  'comments.posted-pending': 'ধন্যবাদ। একজন মডারেটর অনুমোদন করার পর আপনার মন্তব্যটি দেখা যাবে।',
  'comments.pending': 'অনুমোদনের অপেক্ষায়',
  'comments.upvote': 'সমর্থন করুন',
  'comments.upvote-label': {
    '=0': 'এই মন্তব্য সমর্থন করুন (এখনো কোনো সমর্থক নেই)',
    one: 'এই মন্তব্য সমর্থন করুন ({count} জন সমর্থক)',
    other: 'এই মন্তব্য সমর্থন করুন ({count} জন সমর্থক)',
  },
  'comments.reply': 'উত্তর দিন',
  'comments.replies-show': { one: '{count}টি উত্তর দেখান', other: '{count}টি উত্তর দেখান' },
  'comments.replies-hide': { one: '{count}টি উত্তর লুকান', other: '{count}টি উত্তর লুকান' },
  'comments.report': 'রিপোর্ট করুন',
  'comments.delete': 'মুছে ফেলুন',
};

export default messages;
