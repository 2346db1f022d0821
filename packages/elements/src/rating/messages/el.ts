// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Φόρτωση…',
  'rating.stars': { one: '{count} αστέρι', other: '{count} αστέρια' },
  'rating.yes': 'Ναι',
  'rating.no': 'Όχι',
  'rating.csat.1': 'Πολύ δυσαρεστημένος',
  'rating.csat.2': 'Δυσαρεστημένος',
  'rating.csat.3': 'Ούτε ικανοποιημένος ούτε δυσαρεστημένος',
  'rating.csat.4': 'Ικανοποιημένος',
  'rating.csat.5': 'Πολύ ικανοποιημένος',
  'rating.send': 'Αποστολή αξιολόγησης',
  'rating.sending': 'Αποστολή…',
  'rating.choose': 'Επιλέξτε πρώτα μια αξιολόγηση.',
  'rating.thanks': 'Σας ευχαριστούμε για τη γνώμη σας.',
  'rating.follow-up': 'Πείτε μας περισσότερα (προαιρετικό)',
  'rating.reasons': 'Τι σας οδήγησε σε αυτή την απάντηση;',
  'rating.comment': 'Σχόλιο',
  'rating.comment-hint': 'Μην συμπεριλάβετε προσωπικά στοιχεία, όπως το όνομα ή τη διεύθυνσή σας.',
  'rating.send-more': 'Αποστολή',
  'rating.skip': 'Παράλειψη',
  'rating.done': 'Σας ευχαριστούμε. Η γνώμη σας μας βοηθά να βελτιώσουμε αυτή την υπηρεσία.',
  'rating.yours': 'Η αξιολόγησή σας: {score}.',
  'rating.change': 'Αλλαγή απάντησης',
  'rating.closed': 'Αυτή η υπηρεσία δεν δέχεται αξιολογήσεις αυτή τη στιγμή.',
  'rating.average': '{average} από 5',
  'rating.yes-share': 'Το {percent} των ατόμων το βρήκε χρήσιμο',
  'rating.count': { '=0': 'Καμία αξιολόγηση ακόμη', one: 'με βάση {count} αξιολόγηση', other: 'με βάση {count} αξιολογήσεις' },
  'rating.details-show': 'Εμφάνιση όλων των αξιολογήσεων',
  'rating.details-hide': 'Απόκρυψη όλων των αξιολογήσεων',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
