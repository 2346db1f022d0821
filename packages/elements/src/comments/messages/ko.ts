// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': '댓글을 불러오는 중…',
  'comments.count': { '=0': '아직 댓글이 없습니다', other: '댓글 {count}개' },
  'comments.sort': '정렬',
  'comments.sort.newest': '최신순',
  'comments.sort.oldest': '오래된 순',
  'comments.sort.top': '공감순',
  'comments.empty': '아직 댓글이 없습니다. 첫 댓글을 남겨 주세요.',
  'comments.more': '댓글 더 보기',
  'comments.new': { other: '새 댓글 {count}개 — 보기' },
  'comments.closed': '이 토론은 마감되었습니다. 댓글을 읽을 수는 있지만 새 댓글을 달 수는 없습니다.',
  'comments.form.title': '댓글 쓰기',
  'comments.form.reply-title': '{name} 님에게 답글 쓰기',
  'comments.form.name': '이름',
  'comments.form.name-hint': '비워 두면 “익명”으로 게시됩니다. 이름은 공개됩니다.',
  'comments.form.body': '댓글',
  'comments.form.reply-body': '답글',
  'comments.form.submit': '댓글 등록',
  'comments.form.submit-reply': '답글 등록',
  'comments.form.submitting': '등록하는 중…',
  'comments.form.cancel': '취소',
  'comments.form.required': '댓글을 입력해 주세요.',
  'comments.form.too-long': '댓글은 {max}자 이하로 입력해 주세요.',
  'comments.posted': '댓글이 게시되었습니다.',
  'comments.posted-pending': '감사합니다. 댓글은 관리자가 승인한 후에 표시됩니다.',
  'comments.pending': '승인 대기 중',
  'comments.upvote': '공감',
  'comments.upvote-label': { '=0': '이 댓글에 공감하기(아직 공감 없음)', other: '이 댓글에 공감하기(공감 {count}개)' },
  'comments.reply': '답글',
  'comments.replies-show': { other: '답글 {count}개 보기' },
  'comments.replies-hide': { other: '답글 {count}개 숨기기' },
  'comments.report': '신고',
  'comments.delete': '삭제',
};

export default messages;
