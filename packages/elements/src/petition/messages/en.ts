import type { Message } from '../../i18n/messages.js';

export const en = {
  'petition.loading': 'Loading petition…',
  'petition.full-text': 'Read the full petition',
  'petition.signatures': { '=0': 'No signatures yet', one: '{count} signature', other: '{count} signatures' },
  'petition.progress': 'Signatures: {count} of {goal} ({percent})',
  'petition.milestones': 'Milestones',
  'petition.milestone': { one: '{count} signature — {label}', other: '{count} signatures — {label}' },
  'petition.reached': '(✓ reached)',
  'petition.milestone-reached': 'Milestone reached: {label}.',
  'petition.closes': 'Open for signatures until {date}.',
  'petition.opens': 'This petition opens for signatures on {date}.',
  'petition.closed': 'This petition is closed. It is no longer collecting signatures.',
  'petition.response': 'Official response',
  'petition.responded-on': 'Published on {date}.',
  'petition.recent': 'Recent signers',
  'petition.sign': 'Sign this petition',
  'petition.name': 'Full name',
  'petition.email': 'E-mail address',
  'petition.email-hint': 'We will send you a link to confirm your signature.',
  'petition.region': 'Where you live',
  'petition.region-choose': 'Choose where you live',
  'petition.consent':
    'I agree that my name, e-mail address and area are processed to record my signature, as described in the {privacy}.',
  'petition.privacy-notice': 'privacy notice',
  'petition.show-name': 'Show my name publicly on the list of signers',
  'petition.submit': 'Sign the petition',
  'petition.submitting': 'Signing…',
  'petition.error-summary': 'There is a problem',
  'petition.error.name': 'Enter your full name.',
  'petition.error.email-empty': 'Enter your e-mail address.',
  'petition.error.email': 'Enter an e-mail address in the correct format, like name@example.com.',
  'petition.error.region': 'Choose where you live.',
  'petition.error.consent': 'You must agree before you can sign.',
  'petition.check-email': 'Check your e-mail',
  'petition.check-email-body':
    'We have sent a link to {email}. Open it to confirm your signature: it counts only once confirmed.',
  'petition.check-email-help':
    'If nothing arrives within a few minutes, check your spam folder, or sign again with the same address to get a new link.',
  'petition.share': 'Share this petition',
  'petition.copied': 'Link copied.',
} satisfies Record<string, Message>;

export type PetitionMessageKey = keyof typeof en;
export type PetitionMessages = Record<PetitionMessageKey, Message>;
