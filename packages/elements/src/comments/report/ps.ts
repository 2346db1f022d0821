// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'ولې د دې تبصرې راپور ورکوئ؟',
  'comments.reason.spam': 'سپام یا اعلان',
  'comments.reason.abuse': 'ناوړه یا سپکاوی لرونکې',
  'comments.reason.off-topic': 'له موضوع سره تړاو نه لري',
  'comments.reason.personal-data': 'شخصي معلومات لري',
  'comments.reason.other': 'بل دلیل',
  'comments.reported': 'مننه. د دې تبصرې راپور څارونکو ته ورکړل شو.',
  'comments.already-reported': 'تاسو د دې تبصرې راپور مخکې ورکړی دی.',
  'comments.delete-menu': 'خپله تبصره ړنګوئ؟ د هغې متن او ستاسو نوم به د تل لپاره پاک شي.',
  'comments.delete-yes': 'زما تبصره ړنګه کړئ',
  'comments.delete-no': 'وې ساتئ',
  'comments.deleted': 'ستاسو تبصره ړنګه شوه.',
};

export default messages;
