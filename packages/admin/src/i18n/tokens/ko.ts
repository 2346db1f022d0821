import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API 토큰 화면(한국어). */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API 토큰',
  'tokens.intro':
    'API 토큰을 사용하면 스크립트나 다른 시스템이 사용자를 대신해 관리 API를 이용하여, 매일 밤 결과 내보내기 같은 작업을 자동화할 수 있습니다. 토큰은 사용자의 역할({role})이 허용하는 작업을 할 수 있습니다.',
  'tokens.howTo': '스크립트는 요청할 때마다 Authorization 헤더에 토큰을 담아 보냅니다.',
  'tokens.loading': '토큰을 불러오는 중…',
  'tokens.loadError': '토큰을 불러오지 못했습니다: {detail}',
  'tokens.retry': '다시 시도',
  'tokens.none': 'API 토큰이 없습니다.',
  'tokens.caption': { other: '내 토큰 {count}개' },
  'col.name': '이름',
  'col.created': '생성 일시',
  'col.lastUsed': '마지막 사용',
  'col.status': '상태',
  'col.actions': '작업',
  'tokens.never': '사용 안 함',
  'tokens.active': '사용 중',
  'tokens.revoked': '폐기됨',
  'tokens.revoke': '폐기',
  'create.title': '토큰 만들기',
  'create.name': '이름',
  'create.nameHint': '나중에 알아볼 수 있도록 용도를 적으세요. 예: 매일 밤 결과 내보내기',
  'create.submit': '토큰 만들기',
  'create.working': '토큰을 만드는 중…',
  'create.errorTitle': '토큰이 만들어지지 않았습니다',
  'create.nameRequired': '토큰 이름을 입력하세요',
  'created.title': '새 토큰',
  'created.status': '토큰 “{name}”이(가) 만들어졌습니다.',
  'created.warning':
    '지금 복사하여 비밀번호 관리 프로그램이나 자동화 도구의 비밀 설정 등 안전한 곳에 보관하세요. 토큰은 다시 표시되지 않습니다. 토큰을 가진 사람은 누구나 사용자 본인으로 작업할 수 있습니다.',
  'created.label': 'API 토큰 “{name}”',
  'created.done': '보관했습니다',
  copy: '토큰 복사',
  copied: '토큰을 복사했습니다.',
  copyFailed: '토큰이 선택되었습니다. 키보드나 메뉴로 복사하세요.',
  'revoke.title': '토큰 “{name}”을(를) 폐기하시겠습니까?',
  'revoke.body': '이 토큰을 사용하는 스크립트와 시스템은 즉시 작동을 멈춥니다. 되돌릴 수 없지만, 새 토큰을 만들 수는 있습니다.',
  'revoke.confirm': '예, 폐기합니다',
  'revoke.done': '토큰 “{name}”이(가) 폐기되었습니다.',
  'revoke.errorTitle': '토큰이 폐기되지 않았습니다',
  cancel: '취소',
  'role.admin': '관리자',
  'role.editor': '편집자',
  'role.moderator': '검토자',
  'role.analyst': '분석가',
};

export default messages;
