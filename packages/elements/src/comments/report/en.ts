import type { ReportReason } from '@civic-widgets/core';
import type { Message } from '../../i18n/messages.js';

/*
 * The report menu's words and its answers: they load with the menu, the first
 * time a citizen reports, not with the discussion. Sites override them, or add
 * a language, with registerLocale() and these keys, as any other.
 */
export const en = {
  'comments.report-menu': 'Why are you reporting this comment?',
  'comments.reason.spam': 'Spam or advertising',
  'comments.reason.abuse': 'Abusive or offensive',
  'comments.reason.off-topic': 'Off topic',
  'comments.reason.personal-data': 'Contains personal information',
  'comments.reason.other': 'Something else',
  'comments.reported': 'Thank you. The comment has been reported to the moderators.',
  'comments.already-reported': 'You have already reported this comment.',
  'comments.delete-menu': 'Delete your comment? Its text and your name are erased for good.',
  'comments.delete-yes': 'Delete my comment',
  'comments.delete-no': 'Keep it',
  'comments.deleted': 'Your comment was deleted.',
} satisfies Record<
  | 'comments.report-menu'
  | `comments.reason.${ReportReason}`
  | 'comments.reported'
  | 'comments.already-reported'
  | `comments.delete-${'menu' | 'yes' | 'no'}`
  | 'comments.deleted',
  Message
>;

export type ReportMessageKey = keyof typeof en;
