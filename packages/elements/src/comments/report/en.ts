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
} satisfies Record<
  'comments.report-menu' | `comments.reason.${ReportReason}` | 'comments.reported' | 'comments.already-reported',
  Message
>;

export type ReportMessageKey = keyof typeof en;
