// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': '불러오는 중…',
  'rating.stars': { other: '별 {count}개' },
  'rating.yes': '예',
  'rating.no': '아니요',
  'rating.csat.1': '매우 불만족',
  'rating.csat.2': '불만족',
  'rating.csat.3': '보통',
  'rating.csat.4': '만족',
  'rating.csat.5': '매우 만족',
  'rating.send': '평가 보내기',
  'rating.sending': '보내는 중…',
  'rating.choose': '먼저 평가를 선택해 주세요.',
  'rating.thanks': '의견을 보내 주셔서 감사합니다.',
  'rating.follow-up': '자세히 알려 주세요(선택)',
  'rating.reasons': '어떤 점에 관한 것인가요?',
  'rating.comment': '의견',
  'rating.comment-hint': '이름이나 주소 같은 개인정보는 입력하지 마세요.',
  'rating.send-more': '보내기',
  'rating.skip': '건너뛰기',
  'rating.done': '감사합니다. 보내 주신 의견은 이 서비스를 개선하는 데 도움이 됩니다.',
  'rating.yours': '내 평가: {score}.',
  'rating.change': '답변 변경하기',
  'rating.closed': '이 서비스는 현재 평가를 받지 않습니다.',
  'rating.average': '5점 만점에 {average}점',
  'rating.yes-share': '{percent}가 유용하다고 응답',
  'rating.count': { '=0': '아직 평가가 없습니다', other: '(평가 {count}건)' },
  'rating.details-show': '전체 평가 보기',
  'rating.details-hide': '전체 평가 숨기기',
  'rating.distribution': '{label}: {count}({percent})',
};

export default messages;
