import type { Message } from '../../../i18n/messages.js';

/*
 * The words of the address field for e-mails about replies: they load with
 * the field, on threads whose server sends those e-mails. Sites override
 * them, or add a language, with registerLocale() and these keys, as any other.
 */
export const en = {
  'comments.form.email': 'E-mail for replies',
  'comments.form.email-hint':
    'We e-mail you when someone replies, at most once an hour, after you confirm the address. Never shown.',
  'comments.form.email-error': 'Enter an e-mail address in the correct format, like name@example.com.',
  'comments.posted-email': 'If this address is new to us, open the link we have sent to it to get e-mails about replies.',
} satisfies Record<string, Message>;

export type ReplyMailMessageKey = keyof typeof en;
