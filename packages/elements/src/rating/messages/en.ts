import type { Message } from '../../i18n/messages.js';

export const en = {
  'rating.loading': 'Loading…',
  'rating.stars': { one: '{count} star', other: '{count} stars' },
  'rating.yes': 'Yes',
  'rating.no': 'No',
  'rating.csat.1': 'Very dissatisfied',
  'rating.csat.2': 'Dissatisfied',
  'rating.csat.3': 'Neither satisfied nor dissatisfied',
  'rating.csat.4': 'Satisfied',
  'rating.csat.5': 'Very satisfied',
  'rating.send': 'Send rating',
  'rating.sending': 'Sending…',
  'rating.choose': 'Choose a rating first.',
  'rating.thanks': 'Thank you for your feedback.',
  'rating.follow-up': 'Tell us more (optional)',
  'rating.reasons': 'What was it about?',
  'rating.comment': 'Comment',
  'rating.comment-hint': 'Do not include personal information, such as your name or address.',
  'rating.send-more': 'Send',
  'rating.skip': 'Skip',
  'rating.done': 'Thank you. Your feedback helps us improve this service.',
  'rating.yours': 'Your rating: {score}.',
  'rating.change': 'Change your answer',
  'rating.closed': 'This service is not taking ratings at the moment.',
  'rating.average': '{average} out of 5',
  'rating.yes-share': '{percent} of people found this useful',
  'rating.count': { '=0': 'No ratings yet', one: 'from {count} rating', other: 'from {count} ratings' },
  'rating.details-show': 'Show all ratings',
  'rating.details-hide': 'Hide all ratings',
  'rating.distribution': '{label}: {count} ({percent})',
} satisfies Record<string, Message>;

export type RatingMessageKey = keyof typeof en;
export type RatingMessages = Record<RatingMessageKey, Message>;
