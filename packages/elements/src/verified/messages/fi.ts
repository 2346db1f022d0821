// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Vain tunnistautuneet osallistujat voivat osallistua tähän.',
  'eligibility.sign-in': 'Kirjaudu sisään ja osallistu',
  'error.verification-required': 'Vain tunnistautuneet osallistujat voivat osallistua tähän. Kirjaudu sisään ja yritä uudelleen.',
  'error.not-eligible': 'Tilisi ei täytä ehtoja tähän osallistumiseen.',
};

export default messages;
