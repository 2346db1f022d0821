// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Φόρτωση…',
  'common.retry': 'Δοκιμάστε ξανά',
  'common.anonymous': 'Ανώνυμος',
  'common.honeypot': 'Αφήστε αυτό το πεδίο κενό',
  'common.optional': '(προαιρετικό)',
  'common.characters-left': { one: 'Απομένει {count} χαρακτήρας', other: 'Απομένουν {count} χαρακτήρες' },
  'common.characters-over': { one: 'Έχετε {count} χαρακτήρα παραπάνω', other: 'Έχετε {count} χαρακτήρες παραπάνω' },
  'error.offline': 'Φαίνεται ότι δεν υπάρχει σύνδεση στο διαδίκτυο. Ελέγξτε τη σύνδεσή σας.',
  'error.network': 'Δεν μπορούμε να επικοινωνήσουμε με την υπηρεσία αυτή τη στιγμή. Το πρόβλημα δεν οφείλεται σε εσάς.',
  'error.timeout': 'Η υπηρεσία αργεί πολύ να απαντήσει. Ίσως έχει μεγάλο φόρτο.',
  'error.not-found': 'Δεν βρέθηκε αυτό το περιεχόμενο. Ίσως έχει αφαιρεθεί.',
  'error.invalid-input': 'Ορισμένα στοιχεία δεν είναι έγκυρα. Ελέγξτε τα και δοκιμάστε ξανά.',
  'error.already-done': 'Το έχετε ήδη κάνει.',
  'error.closed': 'Η συμμετοχή έχει κλείσει.',
  'error.rate-limited': 'Πάρα πολλές προσπάθειες. Περιμένετε λίγο και δοκιμάστε ξανά.',
  'error.unauthorised': 'Αυτός ο ιστότοπος δεν έχει άδεια να χρησιμοποιεί αυτή την υπηρεσία.',
  'error.server': 'Παρουσιάστηκε πρόβλημα από τη δική μας πλευρά, όχι από τη δική σας.',
  'error.no-backend': 'Δεν έχει ρυθμιστεί διακομιστής: αυτό το widget χρειάζεται ένα endpoint.',
  'error.retrying': 'Θα φορτώσει αυτόματα μόλις επανέλθει η σύνδεση ή η υπηρεσία.',
  'error.kept': 'Ό,τι πληκτρολογήσατε έχει διατηρηθεί: δοκιμάστε ξανά σε λίγο.',
  'error.unknown': 'Κάτι πήγε στραβά. Δοκιμάστε ξανά.',
  'time.relative-past': 'πριν από λιγότερο από ένα λεπτό',
};

export default messages;
