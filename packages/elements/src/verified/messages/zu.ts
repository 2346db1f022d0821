// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Abahlanganyeli abaqinisekisiwe kuphela abangabamba iqhaza lapha.',
  'eligibility.sign-in': 'Ngena ukuze ubambe iqhaza',
  'error.verification-required': 'Abahlanganyeli abaqinisekisiwe kuphela abangabamba iqhaza lapha. Ngena, bese uzama futhi.',
  'error.not-eligible': 'I-akhawunti yakho ayihlangabezani nemibandela yokubamba iqhaza lapha.',
};

export default messages;
