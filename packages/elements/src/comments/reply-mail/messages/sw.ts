// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Barua pepe ya kupokea majibu',
  'comments.form.email-hint':
    'Tutakutumia barua pepe mtu anapojibu, si zaidi ya mara moja kwa saa, baada ya wewe kuthibitisha anwani. Anwani haionyeshwi kamwe.',
  'comments.form.email-error': 'Andika anwani ya barua pepe katika muundo sahihi, kama jina@example.com.',
  'comments.posted-email':
    'Ikiwa anwani hii ni mpya kwetu, fungua kiungo tulichotuma kwenye anwani hiyo ili upokee barua pepe kuhusu majibu.',
};

export default messages;
