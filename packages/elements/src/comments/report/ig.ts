// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Gịnị mere i ji akọ maka nkwupụta a?',
  'comments.reason.spam': 'Spam ma ọ bụ mgbasa ozi',
  'comments.reason.abuse': 'Mkparị ma ọ bụ okwu na-akpasu iwe',
  'comments.reason.off-topic': "Ọ dabaghị n'isiokwu",
  'comments.reason.personal-data': 'O nwere ozi nkeonwe',
  'comments.reason.other': 'Ihe ọzọ',
  'comments.reported': 'Daalụ. A kọọrọ ndị nlekọta maka nkwupụta a.',
  'comments.already-reported': 'Ị kọọla maka nkwupụta a.',
  'comments.delete-menu': 'Ị chọrọ ihichapụ nkwupụta gị? A ga-ehichapụ ederede ya na aha gị kpamkpam.',
  'comments.delete-yes': 'Hichapụ nkwupụta m',
  'comments.delete-no': 'Hapụ ya',
  'comments.deleted': 'E hichapụla nkwupụta gị.',
};

export default messages;
