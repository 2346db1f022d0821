// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': '불러오는 중…',
  'common.retry': '다시 시도',
  'common.anonymous': '익명',
  'common.honeypot': '이 칸은 비워 두세요',
  'common.optional': '(선택)',
  'common.characters-left': { other: '{count}자 남았습니다' },
  'common.characters-over': { other: '{count}자 초과했습니다' },
  'error.offline': '인터넷에 연결되어 있지 않은 것 같습니다. 연결 상태를 확인해 주세요.',
  'error.network': '지금은 서비스에 연결할 수 없습니다. 이용자 쪽의 문제가 아닙니다.',
  'error.timeout': '서비스 응답이 지연되고 있습니다. 이용자가 많을 수 있습니다.',
  'error.not-found': '이 콘텐츠를 찾을 수 없습니다. 삭제되었을 수 있습니다.',
  'error.invalid-input': '일부 정보가 올바르지 않습니다. 확인한 후 다시 시도해 주세요.',
  'error.already-done': '이미 처리되었습니다.',
  'error.closed': '마감되었습니다.',
  'error.rate-limited': '시도 횟수가 너무 많습니다. 잠시 후 다시 시도해 주세요.',
  'error.unauthorised': '이 사이트에는 이 서비스를 사용할 권한이 없습니다.',
  'error.server': '저희 쪽에서 문제가 발생했습니다. 이용자 쪽의 문제가 아닙니다.',
  'error.no-backend': '백엔드가 설정되지 않았습니다. 이 위젯에는 엔드포인트가 필요합니다.',
  'error.retrying': '연결이나 서비스가 복구되면 자동으로 불러옵니다.',
  'error.kept': '입력하신 내용은 그대로 남아 있습니다. 잠시 후 다시 시도해 주세요.',
  'error.unknown': '문제가 발생했습니다. 다시 시도해 주세요.',
  'time.relative-past': '방금 전',
};

export default messages;
