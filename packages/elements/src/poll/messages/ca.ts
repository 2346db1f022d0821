// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'S’està carregant l’enquesta…',
  'poll.vote': 'Vota',
  'poll.submitting': 'S’està enviant el vostre vot…',
  'poll.change-vote': 'Canvia el vot',
  'poll.keep-vote': 'Mantén el meu vot',
  'poll.hint-single': 'Trieu una opció.',
  'poll.hint-multiple': { one: 'Trieu 1 opció.', many: 'Trieu fins a {count} opcions.', other: 'Trieu fins a {count} opcions.' },
  'poll.max-reached': {
    one: 'Heu triat el nombre màxim d’opcions (1).',
    many: 'Heu triat el nombre màxim d’opcions ({count}).',
    other: 'Heu triat el nombre màxim d’opcions ({count}).',
  },
  'poll.need-choice': 'Trieu una opció abans de votar.',
  'poll.voted': 'Gràcies. S’ha registrat el vostre vot.',
  'poll.vote-changed': 'S’ha canviat el vostre vot.',
  'poll.you-voted': 'Ja heu votat en aquesta enquesta.',
  'poll.your-choice': '(✓ la vostra opció)',
  'poll.votes': { '=0': 'cap vot', one: '{count} vot', many: '{count} vots', other: '{count} vots' },
  'poll.participants': {
    '=0': 'Encara no ha votat ningú.',
    one: 'Ha votat {count} persona.',
    many: 'Han votat {count} persones.',
    other: 'Han votat {count} persones.',
  },
  'poll.closes': 'Es tanca {relative} ({date}).',
  'poll.opens': 'Aquesta enquesta s’obre {relative} ({date}).',
  'poll.closed-on': 'Aquesta enquesta es va tancar el dia {date}.',
  'poll.closed': 'Aquesta enquesta està tancada.',
  'poll.results': 'Resultats',
  'poll.results-after-vote': 'Els resultats es mostren després de votar.',
  'poll.results-after-close': 'Els resultats es mostraran quan es tanqui l’enquesta.',
  'poll.results-never': 'Els resultats d’aquesta enquesta no es publiquen.',
  'poll.error.already-done': 'Ja heu votat en aquesta enquesta.',
  'poll.error.closed': 'Aquesta enquesta ja no accepta vots.',
};

export default messages;
