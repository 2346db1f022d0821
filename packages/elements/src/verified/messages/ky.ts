// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Бул жерде текшерүүдөн өткөн катышуучулар гана катыша алат.',
  'eligibility.sign-in': 'Катышуу үчүн кирүү',
  'error.verification-required': 'Бул жерде текшерүүдөн өткөн катышуучулар гана катыша алат. Кирип, кайра аракет кылыңыз.',
  'error.not-eligible': 'Аккаунтуңуз бул жерде катышуу шарттарына жооп бербейт.',
};

export default messages;
