// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email για απαντήσεις',
  'comments.form.email-hint':
    'Σας στέλνουμε email όταν κάποιος απαντά, το πολύ μία φορά την ώρα, αφού επιβεβαιώσετε τη διεύθυνση. Δεν εμφανίζεται ποτέ.',
  'comments.form.email-error': 'Συμπληρώστε μια διεύθυνση email στη σωστή μορφή, π.χ. onoma@example.com.',
  'comments.posted-email':
    'Αν αυτή η διεύθυνση είναι νέα για εμάς, ανοίξτε τον σύνδεσμο που στείλαμε σε αυτήν για να λαμβάνετε email για απαντήσεις.',
};

export default messages;
