// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'تبصرې بارېږي…',
  'comments.count': { '=0': 'تر اوسه هېڅ تبصره نشته', one: 'یوه تبصره', other: '{count} تبصرې' },
  'comments.sort': 'ترتیب',
  'comments.sort.newest': 'نوې لومړی',
  'comments.sort.oldest': 'زړې لومړی',
  'comments.sort.top': 'تر ټولو ډېر ملاتړ شوې',
  'comments.empty': 'تر اوسه هېڅ تبصره نشته. لومړنی کس اوسئ چې تبصره کوي.',
  'comments.more': 'نورې تبصرې وښایاست',
  'comments.new': { one: 'یوه نوې تبصره — وښایاست', other: '{count} نوې تبصرې — وښایاست' },
  'comments.closed': 'دا بحث تړل شوی دی. تاسو تبصرې لوستلای شئ، خو نوې تبصرې نشئ اضافه کولای.',
  'comments.form.title': 'تبصره اضافه کړئ',
  'comments.form.reply-title': '{name} ته ځواب',
  'comments.form.name': 'ستاسو نوم',
  'comments.form.name-hint': 'د «بې نومه» په توګه د تبصرې لپاره دا ځای تش پرېږدئ. نوم په عامه توګه ښودل کېږي.',
  'comments.form.body': 'تبصره',
  'comments.form.reply-body': 'ځواب',
  'comments.form.submit': 'تبصره خپره کړئ',
  'comments.form.submit-reply': 'ځواب خپور کړئ',
  'comments.form.submitting': 'خپرېږي…',
  'comments.form.cancel': 'لغوه کړئ',
  'comments.form.required': 'یوه تبصره ولیکئ.',
  'comments.form.too-long': 'تبصره باید تر {max} تورو زیاته نه وي.',
  'comments.posted': 'ستاسو تبصره خپره شوه.',
  'comments.posted-pending': 'مننه. ستاسو تبصره به هغه وخت ښکاره شي چې یو څارونکی یې تایید کړي.',
  'comments.pending': 'د څارونکي د تایید په تمه',
  'comments.upvote': 'ملاتړ',
  'comments.upvote-label': {
    '=0': 'د دې تبصرې ملاتړ وکړئ (تر اوسه هېڅ ملاتړی نشته)',
    one: 'د دې تبصرې ملاتړ وکړئ (یو ملاتړی)',
    other: 'د دې تبصرې ملاتړ وکړئ ({count} ملاتړي)',
  },
  'comments.reply': 'ځواب ورکړئ',
  'comments.replies-show': { one: 'یو ځواب وښایاست', other: '{count} ځوابونه وښایاست' },
  'comments.replies-hide': { one: 'یو ځواب پټ کړئ', other: '{count} ځوابونه پټ کړئ' },
  'comments.report': 'راپور ورکړئ',
  'comments.delete': 'ړنګ کړئ',
};

export default messages;
