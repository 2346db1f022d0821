// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Umfrage wird geladen…',
  'poll.vote': 'Abstimmen',
  'poll.submitting': 'Ihre Stimme wird gesendet…',
  'poll.change-vote': 'Stimme ändern',
  'poll.keep-vote': 'Meine Stimme behalten',
  'poll.hint-single': 'Wählen Sie eine Antwort aus.',
  'poll.hint-multiple': { one: 'Wählen Sie 1 Antwort aus.', other: 'Wählen Sie bis zu {count} Antworten aus.' },
  'poll.max-reached': {
    one: 'Sie haben die höchstmögliche Zahl von 1 Antwort gewählt.',
    other: 'Sie haben die höchstmögliche Zahl von {count} Antworten gewählt.',
  },
  'poll.need-choice': 'Wählen Sie eine Antwort aus, bevor Sie abstimmen.',
  'poll.voted': 'Vielen Dank. Ihre Stimme wurde gespeichert.',
  'poll.vote-changed': 'Ihre Stimme wurde geändert.',
  'poll.you-voted': 'Sie haben bei dieser Umfrage abgestimmt.',
  'poll.your-choice': '(✓ Ihre Wahl)',
  'poll.votes': { '=0': 'keine Stimmen', one: '{count} Stimme', other: '{count} Stimmen' },
  'poll.participants': {
    '=0': 'Bisher hat noch niemand abgestimmt.',
    one: '{count} Person hat abgestimmt.',
    other: '{count} Personen haben abgestimmt.',
  },
  'poll.closes': 'Endet {relative} ({date}).',
  'poll.opens': 'Diese Umfrage beginnt {relative} ({date}).',
  'poll.closed-on': 'Diese Umfrage wurde am {date} beendet.',
  'poll.closed': 'Diese Umfrage ist beendet.',
  'poll.results': 'Ergebnisse',
  'poll.results-after-vote': 'Die Ergebnisse sehen Sie, nachdem Sie abgestimmt haben.',
  'poll.results-after-close': 'Die Ergebnisse werden nach dem Ende der Umfrage angezeigt.',
  'poll.results-never': 'Die Ergebnisse dieser Umfrage werden nicht veröffentlicht.',
  'poll.error.already-done': 'Sie haben bei dieser Umfrage bereits abgestimmt.',
  'poll.error.closed': 'Bei dieser Umfrage kann nicht mehr abgestimmt werden.',
};

export default messages;
