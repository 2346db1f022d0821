// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Дар ин ҷо танҳо иштирокчиёни тасдиқшуда иштирок карда метавонанд.',
  'eligibility.sign-in': 'Барои иштирок ворид шудан',
  'error.verification-required':
    'Дар ин ҷо танҳо иштирокчиёни тасдиқшуда иштирок карда метавонанд. Ворид шуда, аз нав кӯшиш кунед.',
  'error.not-eligible': 'Ҳисоби шумо ба шартҳои иштирок дар ин ҷо мувофиқат намекунад.',
};

export default messages;
