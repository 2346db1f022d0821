// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Šeit var piedalīties tikai verificēti dalībnieki.',
  'eligibility.sign-in': 'Pieteikties, lai piedalītos',
  'error.verification-required': 'Šeit var piedalīties tikai verificēti dalībnieki. Piesakieties un mēģiniet vēlreiz.',
  'error.not-eligible': 'Jūsu konts neatbilst nosacījumiem, lai šeit piedalītos.',
};

export default messages;
