// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': '답글 알림용 이메일',
  'comments.form.email-hint':
    '주소를 확인하신 후 누군가 답글을 달면 이메일로 알려 드립니다(1시간에 최대 1회). 이메일 주소는 공개되지 않습니다.',
  'comments.form.email-error': '이메일 주소를 올바른 형식으로 입력해 주세요(예: name@example.com).',
  'comments.posted-email': '처음 사용하시는 주소라면, 답글 알림 이메일을 받을 수 있도록 이 주소로 보내 드린 링크를 열어 주세요.',
};

export default messages;
