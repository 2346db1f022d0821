// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Dim ond cyfranogwyr wedi’u dilysu sy’n gallu cymryd rhan yma.',
  'eligibility.sign-in': 'Mewngofnodwch i gymryd rhan',
  'error.verification-required':
    'Dim ond cyfranogwyr wedi’u dilysu sy’n gallu cymryd rhan yma. Mewngofnodwch, yna rhowch gynnig arall arni.',
  'error.not-eligible': 'Dydy eich cyfrif ddim yn bodloni’r amodau i gymryd rhan yma.',
};

export default messages;
