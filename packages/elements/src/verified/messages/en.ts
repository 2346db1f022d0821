import type { Message } from '../../i18n/messages.js';

/*
 * What widgets say about verified participants: they load, with the note,
 * only for a poll, petition or rating that only verified participants may
 * use. Sites override them, or add a language, with registerLocale() and
 * these keys, as any other.
 */
export const en = {
  'eligibility.verified': 'Only verified participants can take part here.',
  'eligibility.sign-in': 'Sign in to take part',
  'error.verification-required': 'Only verified participants can take part here. Sign in, then try again.',
  'error.not-eligible': 'Your account does not meet the conditions to take part here.',
} satisfies Record<string, Message>;

export type VerifiedMessageKey = keyof typeof en;
