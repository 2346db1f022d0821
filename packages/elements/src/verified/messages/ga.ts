// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Ní féidir ach le rannpháirtithe fíoraithe páirt a ghlacadh anseo.',
  'eligibility.sign-in': 'Logáil isteach chun páirt a ghlacadh',
  'error.verification-required':
    'Ní féidir ach le rannpháirtithe fíoraithe páirt a ghlacadh anseo. Logáil isteach, agus ansin bain triail eile as.',
  'error.not-eligible': 'Ní chomhlíonann do chuntas na coinníollacha chun páirt a ghlacadh anseo.',
};

export default messages;
