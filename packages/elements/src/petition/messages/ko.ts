// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': '청원을 불러오는 중…',
  'petition.full-text': '청원 전문 읽기',
  'petition.signatures': { '=0': '아직 서명이 없습니다', other: '서명 {count}건' },
  'petition.progress': '서명: {goal}건 중 {count}건({percent})',
  'petition.milestones': '중간 목표',
  'petition.milestone': { other: '서명 {count}건 — {label}' },
  'petition.reached': '(✓ 달성)',
  'petition.milestone-reached': '중간 목표 달성: {label}.',
  'petition.closes': '{date}까지 서명을 받습니다.',
  'petition.opens': '이 청원은 {date}부터 서명을 받습니다.',
  'petition.closed': '이 청원은 마감되었습니다. 더 이상 서명을 받지 않습니다.',
  'petition.response': '공식 답변',
  'petition.responded-on': '{date}에 게시됨.',
  'petition.recent': '최근 서명자',
  'petition.sign': '이 청원에 서명하기',
  'petition.name': '성명',
  'petition.email': '이메일 주소',
  'petition.email-hint': '서명을 확인할 수 있는 링크를 보내 드립니다.',
  'petition.region': '거주 지역',
  'petition.region-choose': '거주 지역을 선택해 주세요',
  'petition.consent': '{privacy}에 설명된 대로, 서명을 기록하기 위해 내 이름, 이메일 주소, 지역을 처리하는 데 동의합니다.',
  'petition.privacy-notice': '개인정보 처리방침',
  'petition.show-name': '서명자 명단에 내 이름을 공개합니다',
  'petition.submit': '청원에 서명하기',
  'petition.submitting': '서명하는 중…',
  'petition.error-summary': '확인이 필요한 항목이 있습니다',
  'petition.error.name': '성명을 입력해 주세요.',
  'petition.error.email-empty': '이메일 주소를 입력해 주세요.',
  'petition.error.email': '이메일 주소를 올바른 형식으로 입력해 주세요(예: name@example.com).',
  'petition.error.region': '거주 지역을 선택해 주세요.',
  'petition.error.consent': '서명하려면 먼저 동의해 주세요.',
  'petition.check-email': '이메일을 확인해 주세요',
  'petition.check-email-body':
    '{email} 주소로 링크를 보냈습니다. 링크를 열어 서명을 확인해 주세요. 서명은 확인된 후에만 집계됩니다.',
  'petition.check-email-help':
    '몇 분이 지나도 메일이 오지 않으면 스팸 메일함을 확인하거나, 같은 주소로 다시 서명하여 새 링크를 받으세요.',
  'petition.share': '이 청원 공유하기',
  'petition.copied': '링크를 복사했습니다.',
};

export default messages;
