// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': '서명을 확인해 주세요: {title}',
  'mail.confirm.body':
    '“{title}” 청원에 서명을 신청하셨습니다.\n\n서명을 확인하려면 아래 링크를 열고 “내 서명 확인” 버튼을 눌러 주세요.\n{link}\n\n이 링크는 {duration} 동안 유효합니다. 서명은 확인된 후에만 집계됩니다. 서명을 신청하지 않으셨다면 이 메일을 무시해 주세요. 아무것도 서명되지 않습니다.',
  'mail.confirm.withdraw': '마음이 바뀌시면 청원이 진행 중인 동안 서명을 철회하실 수 있습니다.\n{withdrawLink}',
  'mail.already.subject': '이미 서명하셨습니다: {title}',
  'mail.already.body':
    '누군가 이 이메일 주소로 “{title}” 청원에 서명하려고 했으나, 이 주소로는 이미 서명되어 있습니다. 주소 하나당 한 번만 서명할 수 있으므로 달라진 것은 없습니다.',
  'mail.footer': '{agency}',
  'page.confirm.title': '서명 확인',
  'page.confirm.intro': '이 청원에 서명을 신청하셨습니다. 서명은 확인하신 후에만 집계됩니다.',
  'page.confirm.button': '내 서명 확인',
  'page.confirm.ignore': '서명을 신청하지 않으셨다면 이 페이지를 닫아 주세요. 아무것도 서명되지 않습니다.',
  'page.petition': '청원: {title}',
  'page.confirmed.title': '서명 확인 완료',
  'page.confirmed.body': '감사합니다. 서명이 확인되어 이제 집계됩니다.',
  'page.already.title': '이미 확인된 서명',
  'page.already.body': '서명이 이미 확인되었습니다. 서명은 한 번만 집계됩니다.',
  'page.unknown.title': '알 수 없는 링크',
  'page.unknown.body':
    '이 확인 링크는 유효하지 않습니다. 가장 최근 이메일에 있는 링크 전체를 열었는지 확인하거나, 청원에 다시 서명해 주세요.',
  'page.expired.title': '링크 만료',
  'page.expired.body':
    '확인 링크는 {duration} 동안 유효하며, 이 링크는 만료되었습니다. 새 링크를 받으려면 청원에 다시 서명해 주세요.',
  'page.closed.title': '진행 중이 아닌 청원',
  'page.closed.body': '이 청원은 서명을 받고 있지 않아 서명이 확인되지 않았습니다.',
  'page.refused.title': '확인이 거부되었습니다',
  'page.refused.body': '이메일의 링크로 열린 페이지에서 버튼을 눌러 서명을 확인해 주세요.',
  'page.withdraw.title': '서명 철회',
  'page.withdraw.intro': '이 청원에서 서명, 이름, 이메일 주소가 삭제됩니다. 이 작업은 되돌릴 수 없습니다.',
  'page.withdraw.button': '내 서명 철회',
  'page.withdraw.ignore': '철회하지 않으시려면 이 페이지를 닫아 주세요. 달라지는 것은 없습니다.',
  'page.withdrawn.title': '서명 철회 완료',
  'page.withdrawn.body': '서명이 이름, 이메일 주소와 함께 청원에서 삭제되었습니다.',
  'page.withdraw.closed': '이 청원은 더 이상 진행 중이 아니므로 서명을 변경할 수 없습니다.',
  'page.confirm.updates': '이 청원이 중간 목표에 도달하거나, 답변을 받거나, 마감되면 이메일로 알림 받기',
  'mail.update.milestone.subject': '서명 {count}건: {title}',
  'mail.update.milestone.body': '서명하신 “{title}” 청원의 서명이 {count}건에 도달했습니다.',
  'mail.update.response.subject': '청원 답변: {title}',
  'mail.update.response.body': '{agency}에서 서명하신 “{title}” 청원에 답변했습니다.\n\n{response}',
  'mail.update.closed.subject': '청원 마감: {title}',
  'mail.update.closed.body':
    '서명하신 “{title}” 청원이 서명 {count}건으로 마감되었습니다. 답변이 게시되면 이메일로 보내 드립니다.',
  'mail.update.stop':
    '서명을 확인하실 때 신청하셨기 때문에 이 메일을 받고 계십니다. 수신을 중단하려면 아래 링크를 열어 주세요.\n{link}',
  'page.updates.title': '이 청원에 관한 이메일 수신 중단',
  'page.updates.intro': '이 청원에 관한 이메일을 더 이상 받지 않습니다. 서명은 계속 집계됩니다.',
  'page.updates.button': '이메일 수신 중단',
  'page.updates.stopped.title': '이메일 수신이 중단되었습니다',
  'page.updates.stopped.body': '이 청원에 관한 이메일을 더 이상 받지 않습니다. 서명은 계속 집계됩니다.',
  'mail.replies.confirm.subject': '답글 알림 이메일을 확인해 주세요: {title}',
  'mail.replies.confirm.body':
    '“{title}” 토론에서 작성하신 댓글에 누군가 답글을 달면 이메일로 알려 달라고 신청하셨습니다.\n\n확인하려면 아래 링크를 열고 “확인” 버튼을 눌러 주세요.\n{link}\n\n이 링크는 {duration} 동안 유효합니다. 확인하시기 전에는 다른 메일을 보내 드리지 않습니다. 신청하지 않으셨다면 이 메일을 무시해 주세요.',
  'mail.replies.digest.subject': '댓글에 새 답글이 달렸습니다: {title}',
  'mail.replies.digest.body': '“{title}” 토론에서 작성하신 댓글에 새 답글이 달렸습니다.',
  'mail.replies.reply': '{name} 님의 답글:',
  'mail.replies.anonymous': '익명',
  'mail.replies.more': '그 밖의 새 답글: {count}개',
  'mail.replies.read': '토론 읽기:\n{link}',
  'mail.replies.stop':
    '댓글을 게시하실 때 신청하셨기 때문에 이 메일을 받고 계십니다(1시간에 최대 1통). 수신을 중단하려면 아래 링크를 열어 주세요.\n{link}',
  'page.discussion': '토론: {title}',
  'page.replies.confirm.title': '답글 알림 이메일 확인',
  'page.replies.confirm.intro':
    '이 토론에서 작성하신 댓글에 누군가 답글을 달면 이메일로 알려 달라고 신청하셨습니다. 확인하시기 전에는 아무것도 보내 드리지 않습니다.',
  'page.replies.confirm.button': '확인',
  'page.replies.confirm.ignore': '신청하지 않으셨다면 이 페이지를 닫아 주세요. 답글 알림 이메일은 발송되지 않습니다.',
  'page.replies.confirmed.title': '답글 알림 이메일 확인 완료',
  'page.replies.confirmed.body':
    '이 토론에서 작성하신 댓글에 누군가 답글을 달면 이메일을 보내 드립니다(1시간에 최대 1통). 각 이메일에는 수신을 중단할 수 있는 링크가 있습니다.',
  'page.replies.unknown.body': '이 링크는 유효하지 않습니다. 가장 최근 이메일에 있는 링크 전체를 열었는지 확인해 주세요.',
  'page.replies.expired.body':
    '확인 링크는 {duration} 동안 유효하며, 이 링크는 만료되었습니다. 다음에 댓글을 게시하실 때 이메일 주소를 다시 입력해 주세요.',
  'page.replies.stop.title': '답글 알림 이메일 수신 중단',
  'page.replies.stop.intro': '이 토론의 답글에 관한 이메일을 더 이상 받지 않습니다. 작성하신 댓글은 그대로 유지됩니다.',
  'page.replies.stop.all': '다른 모든 토론의 답글 알림 이메일도 수신 중단(앞으로 열리는 토론 포함)',
  'page.replies.stop.button': '이메일 수신 중단',
  'page.replies.stopped.body': '이 토론의 답글에 관한 이메일을 더 이상 받지 않습니다.',
  'page.replies.stopped.all': '이 주소로는 어떤 토론의 답글에 관한 이메일도 더 이상 받지 않습니다.',
  'page.replies.back': '토론으로 돌아가기',
  'page.back': '청원으로 돌아가기',
  'page.home': '{agency} 바로가기',
};

export default messages;
