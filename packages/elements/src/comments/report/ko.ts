// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': '이 댓글을 신고하는 이유는 무엇인가요?',
  'comments.reason.spam': '스팸 또는 광고',
  'comments.reason.abuse': '욕설 또는 불쾌한 내용',
  'comments.reason.off-topic': '주제와 관련 없음',
  'comments.reason.personal-data': '개인정보 포함',
  'comments.reason.other': '기타',
  'comments.reported': '감사합니다. 이 댓글을 관리자에게 신고했습니다.',
  'comments.already-reported': '이미 신고한 댓글입니다.',
  'comments.delete-menu': '댓글을 삭제하시겠습니까? 댓글 내용과 이름이 영구적으로 삭제됩니다.',
  'comments.delete-yes': '내 댓글 삭제',
  'comments.delete-no': '삭제하지 않음',
  'comments.deleted': '댓글이 삭제되었습니다.',
};

export default messages;
