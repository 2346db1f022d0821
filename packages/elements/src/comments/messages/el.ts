// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Φόρτωση σχολίων…',
  'comments.count': { '=0': 'Κανένα σχόλιο ακόμη', one: '{count} σχόλιο', other: '{count} σχόλια' },
  'comments.sort': 'Ταξινόμηση κατά',
  'comments.sort.newest': 'Πρώτα τα πιο πρόσφατα',
  'comments.sort.oldest': 'Πρώτα τα παλαιότερα',
  'comments.sort.top': 'Με τη μεγαλύτερη υποστήριξη',
  'comments.empty': 'Δεν υπάρχουν σχόλια ακόμη. Γράψτε πρώτοι ένα σχόλιο.',
  'comments.more': 'Εμφάνιση περισσότερων σχολίων',
  'comments.new': { one: '{count} νέο σχόλιο — εμφάνιση', other: '{count} νέα σχόλια — εμφάνιση' },
  'comments.closed': 'Αυτή η συζήτηση έχει κλείσει. Μπορείτε να διαβάσετε τα σχόλια, αλλά όχι να προσθέσετε νέα.',
  'comments.form.title': 'Προσθήκη σχολίου',
  'comments.form.reply-title': 'Απάντηση προς {name}',
  'comments.form.name': 'Το όνομά σας',
  'comments.form.name-hint': 'Αφήστε το κενό για να σχολιάσετε ως «Ανώνυμος». Εμφανίζεται δημόσια.',
  'comments.form.body': 'Σχόλιο',
  'comments.form.reply-body': 'Απάντηση',
  'comments.form.submit': 'Δημοσίευση σχολίου',
  'comments.form.submit-reply': 'Δημοσίευση απάντησης',
  'comments.form.submitting': 'Δημοσίευση…',
  'comments.form.cancel': 'Ακύρωση',
  'comments.form.required': 'Γράψτε ένα σχόλιο.',
  'comments.form.too-long': 'Τα σχόλια μπορούν να έχουν έως {max} χαρακτήρες.',
  'comments.posted': 'Το σχόλιό σας δημοσιεύθηκε.',
  'comments.posted-pending': 'Σας ευχαριστούμε. Το σχόλιό σας θα εμφανιστεί μόλις εγκριθεί από τους συντονιστές.',
  'comments.pending': 'Σε αναμονή έγκρισης',
  'comments.upvote': 'Υποστήριξη',
  'comments.upvote-label': {
    '=0': 'Υποστηρίξτε αυτό το σχόλιο (κανένας υποστηρικτής ακόμη)',
    one: 'Υποστηρίξτε αυτό το σχόλιο ({count} υποστηρικτής)',
    other: 'Υποστηρίξτε αυτό το σχόλιο ({count} υποστηρικτές)',
  },
  'comments.reply': 'Απάντηση',
  'comments.replies-show': { one: 'Εμφάνιση {count} απάντησης', other: 'Εμφάνιση {count} απαντήσεων' },
  'comments.replies-hide': { one: 'Απόκρυψη {count} απάντησης', other: 'Απόκρυψη {count} απαντήσεων' },
  'comments.report': 'Αναφορά',
  'comments.delete': 'Διαγραφή',
};

export default messages;
