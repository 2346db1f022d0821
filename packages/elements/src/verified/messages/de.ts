// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Hier können sich nur verifizierte Teilnehmende beteiligen.',
  'eligibility.sign-in': 'Zur Teilnahme anmelden',
  'error.verification-required':
    'Hier können sich nur verifizierte Teilnehmende beteiligen. Melden Sie sich an und versuchen Sie es dann erneut.',
  'error.not-eligible': 'Ihr Konto erfüllt nicht die Voraussetzungen, um sich hier zu beteiligen.',
};

export default messages;
