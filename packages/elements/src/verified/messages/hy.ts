// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Այստեղ կարող են մասնակցել միայն նույնականացված մասնակիցները։',
  'eligibility.sign-in': 'Մուտք գործեք՝ մասնակցելու համար',
  'error.verification-required': 'Այստեղ կարող են մասնակցել միայն նույնականացված մասնակիցները։ Մուտք գործեք և կրկին փորձեք։',
  'error.not-eligible': 'Ձեր հաշիվը չի համապատասխանում այստեղ մասնակցելու պայմաններին։',
};

export default messages;
