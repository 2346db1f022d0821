// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Φόρτωση ψηφοφορίας…',
  'poll.vote': 'Ψηφίστε',
  'poll.submitting': 'Αποστολή της ψήφου σας…',
  'poll.change-vote': 'Αλλαγή ψήφου',
  'poll.keep-vote': 'Διατήρηση της ψήφου μου',
  'poll.hint-single': 'Επιλέξτε μία απάντηση.',
  'poll.hint-multiple': { one: 'Επιλέξτε 1 απάντηση.', other: 'Επιλέξτε έως {count} απαντήσεις.' },
  'poll.max-reached': {
    one: 'Έχετε επιλέξει τον μέγιστο αριθμό απαντήσεων (1).',
    other: 'Έχετε επιλέξει τον μέγιστο αριθμό απαντήσεων ({count}).',
  },
  'poll.need-choice': 'Επιλέξτε μια απάντηση πριν ψηφίσετε.',
  'poll.voted': 'Σας ευχαριστούμε. Η ψήφος σας καταχωρίστηκε.',
  'poll.vote-changed': 'Η ψήφος σας άλλαξε.',
  'poll.you-voted': 'Έχετε ψηφίσει σε αυτή την ψηφοφορία.',
  'poll.your-choice': '(✓ η επιλογή σας)',
  'poll.votes': { '=0': 'καμία ψήφος', one: '{count} ψήφος', other: '{count} ψήφοι' },
  'poll.participants': {
    '=0': 'Δεν έχει ψηφίσει κανείς ακόμη.',
    one: 'Έχει ψηφίσει {count} άτομο.',
    other: 'Έχουν ψηφίσει {count} άτομα.',
  },
  'poll.closes': 'Κλείνει {relative} ({date}).',
  'poll.opens': 'Αυτή η ψηφοφορία ανοίγει {relative} ({date}).',
  'poll.closed-on': 'Αυτή η ψηφοφορία έκλεισε στις {date}.',
  'poll.closed': 'Αυτή η ψηφοφορία έχει κλείσει.',
  'poll.results': 'Αποτελέσματα',
  'poll.results-after-vote': 'Τα αποτελέσματα εμφανίζονται αφού ψηφίσετε.',
  'poll.results-after-close': 'Τα αποτελέσματα θα εμφανιστούν όταν κλείσει η ψηφοφορία.',
  'poll.results-never': 'Τα αποτελέσματα αυτής της ψηφοφορίας δεν δημοσιεύονται.',
  'poll.error.already-done': 'Έχετε ήδη ψηφίσει σε αυτή την ψηφοφορία.',
  'poll.error.closed': 'Αυτή η ψηφοφορία δεν δέχεται πλέον ψήφους.',
};

export default messages;
