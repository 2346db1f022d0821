// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Γιατί αναφέρετε αυτό το σχόλιο;',
  'comments.reason.spam': 'Ανεπιθύμητο περιεχόμενο ή διαφήμιση',
  'comments.reason.abuse': 'Υβριστικό ή προσβλητικό',
  'comments.reason.off-topic': 'Εκτός θέματος',
  'comments.reason.personal-data': 'Περιέχει προσωπικά δεδομένα',
  'comments.reason.other': 'Κάτι άλλο',
  'comments.reported': 'Σας ευχαριστούμε. Το σχόλιο αναφέρθηκε στους συντονιστές.',
  'comments.already-reported': 'Έχετε ήδη αναφέρει αυτό το σχόλιο.',
  'comments.delete-menu': 'Να διαγραφεί το σχόλιό σας; Το κείμενό του και το όνομά σας θα διαγραφούν οριστικά.',
  'comments.delete-yes': 'Διαγραφή του σχολίου μου',
  'comments.delete-no': 'Διατήρηση',
  'comments.deleted': 'Το σχόλιό σας διαγράφηκε.',
};

export default messages;
