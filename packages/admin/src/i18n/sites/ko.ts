import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** 사이트 화면(투표, 댓글, 서명, 평가를 보낼 수 있도록 허용된 사이트)(한국어). */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': '사이트',
  'sites.intro':
    '위젯은 어느 웹사이트에나 표시할 수 있지만, 시민이 투표, 댓글, 서명, 평가를 할 수 있는 곳은 여기에서 허용한 사이트의 페이지뿐입니다.',
  'sites.loading': '불러오는 중…',
  'sites.loadError': '사이트를 불러오지 못했습니다: {detail}',
  'sites.retry': '다시 시도',
  'sites.readOnly': '이 목록은 관리자만 변경할 수 있습니다. 사이트 허용은 관리자에게 요청하세요.',
  'refused.title': '최근 거부된 사이트',
  'refused.intro':
    '이 사이트들의 페이지에서 투표, 댓글, 서명 또는 평가를 보내려 했으나 거부되었습니다. 우리 기관의 사이트라면 허용하세요.',
  'refused.none': '최근 거부된 사이트가 없습니다.',
  'refused.caption': '거부된 사이트(최근 순)',
  'refused.allow': '허용',
  'refused.note': '거부된 사이트 목록에서 허용함',
  'col.site': '사이트',
  'col.refusals': '거부된 횟수',
  'col.lastRefused': '마지막 거부',
  'col.firstRefused': '처음 거부',
  'col.note': '메모',
  'col.addedBy': '추가한 사람',
  'col.added': '추가 일시',
  'col.action': '작업',
  'allowed.title': '허용된 사이트',
  'allowed.caption': '허용된 사이트',
  'allowed.none': '아직 허용된 사이트가 없습니다. 시민은 이 서버 자체의 페이지에서만 참여할 수 있습니다.',
  'allowed.fromEnvironment': '서버 설정',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS에서 설정되었습니다. 서버 설정에서 변경하세요.',
  'allowed.remove': '삭제',
  'confirm.remove': '{origin} 허용을 중지하시겠습니까?',
  'confirm.removeBody':
    '해당 사이트의 페이지에서는 더 이상 투표, 댓글, 서명, 평가를 할 수 없습니다. 이미 페이지에 있는 위젯은 계속 표시됩니다.',
  'confirm.yesRemove': '예, 삭제합니다',
  'confirm.cancel': '취소',
  'add.title': '사이트 허용',
  'add.origin': '사이트 웹 주소',
  'add.originHint': '예: https://www.city.gov. 해당 사이트의 모든 페이지가 허용되며, 사이트 이름 뒤의 부분은 무시됩니다.',
  'add.note': '메모(선택)',
  'add.noteHint': '어떤 사이트이고 누가 운영하는지 적어 두면, 다른 사람도 허용한 이유를 알 수 있습니다. 200자 이내.',
  'add.submit': '사이트 허용',
  'add.saving': '저장하는 중…',
  'add.errorTitle': '확인이 필요한 항목이 있습니다',
  'error.origin': '사이트의 웹 주소를 입력하세요(예: https://www.city.gov)',
  'error.note': '메모는 200자 이하로 입력하세요',
  'notice.added': '{origin}이(가) 허용되었습니다. 이제 해당 사이트의 페이지에서 시민이 참여할 수 있습니다.',
  'notice.removed': '{origin}은(는) 더 이상 허용되지 않습니다.',
};

export default messages;
