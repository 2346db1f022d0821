import type { Message } from '../messages.js';

/**
 * English: the source catalogue. Every key here must exist in every other
 * language (the compiler checks), so a missing translation is a build error,
 * never an English string in a French page.
 */
export const en = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.anonymous': 'Anonymous',
  'common.honeypot': 'Leave this field empty',
  'common.optional': '(optional)',
  'common.characters-left': { one: 'You have {count} character left', other: 'You have {count} characters left' },
  'common.characters-over': { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  'error.offline': 'You seem to be offline. Check your connection.',
  'error.network': 'We cannot reach the service at the moment. The problem is not on your side.',
  'error.timeout': 'The service is taking too long to answer. It may be busy.',
  'error.not-found': 'This content could not be found. It may have been removed.',
  'error.invalid-input': 'Some of the information is not valid. Check it and try again.',
  'error.already-done': 'You have already done this.',
  'error.closed': 'This is closed.',
  'error.rate-limited': 'Too many attempts. Wait a moment and try again.',
  'error.unauthorised': 'This site is not allowed to use this service.',
  'error.server': 'Something went wrong on our side, not yours.',
  'error.no-backend': 'No backend configured: this widget needs an endpoint.',
  'error.retrying': 'This will load by itself when the connection or the service is back.',
  'error.kept': 'What you entered is kept: try again in a moment.',
  'error.unknown': 'Something went wrong. Try again.',
  'time.relative-past': 'less than a minute ago',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;
