// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Caricamento del sondaggio…',
  'poll.vote': 'Vota',
  'poll.submitting': 'Invio del voto…',
  'poll.change-vote': 'Cambia il voto',
  'poll.keep-vote': 'Mantieni il mio voto',
  'poll.hint-single': 'Scelga un’opzione.',
  'poll.hint-multiple': {
    one: 'Scelga 1 opzione.',
    many: 'Scelga fino a {count} opzioni.',
    other: 'Scelga fino a {count} opzioni.',
  },
  'poll.max-reached': {
    one: 'Ha scelto il numero massimo di opzioni (1).',
    many: 'Ha scelto il numero massimo di opzioni ({count}).',
    other: 'Ha scelto il numero massimo di opzioni ({count}).',
  },
  'poll.need-choice': 'Scelga un’opzione prima di votare.',
  'poll.voted': 'Grazie. Il Suo voto è stato registrato.',
  'poll.vote-changed': 'Il Suo voto è stato modificato.',
  'poll.you-voted': 'Ha già votato in questo sondaggio.',
  'poll.your-choice': '(✓ la Sua scelta)',
  'poll.votes': { '=0': 'nessun voto', one: '{count} voto', many: '{count} voti', other: '{count} voti' },
  'poll.participants': {
    '=0': 'Non ha ancora votato nessuno.',
    one: 'Ha votato {count} persona.',
    many: 'Hanno votato {count} persone.',
    other: 'Hanno votato {count} persone.',
  },
  'poll.closes': 'Si chiude {relative} ({date}).',
  'poll.opens': 'Questo sondaggio si apre {relative} ({date}).',
  'poll.closed-on': 'Questo sondaggio si è chiuso il giorno {date}.',
  'poll.closed': 'Questo sondaggio è chiuso.',
  'poll.results': 'Risultati',
  'poll.results-after-vote': 'I risultati vengono mostrati dopo il voto.',
  'poll.results-after-close': 'I risultati saranno mostrati alla chiusura del sondaggio.',
  'poll.results-never': 'I risultati di questo sondaggio non vengono pubblicati.',
  'poll.error.already-done': 'Ha già votato in questo sondaggio.',
  'poll.error.closed': 'Questo sondaggio non accetta più voti.',
};

export default messages;
