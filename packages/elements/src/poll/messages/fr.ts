// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Chargement du sondage…',
  'poll.vote': 'Voter',
  'poll.submitting': 'Envoi de votre vote…',
  'poll.change-vote': 'Modifier mon vote',
  'poll.keep-vote': 'Garder mon vote',
  'poll.hint-single': 'Choisissez une option.',
  'poll.hint-multiple': {
    one: 'Choisissez 1 option.',
    many: 'Choisissez jusqu’à {count} de options.',
    other: 'Choisissez jusqu’à {count} options.',
  },
  'poll.max-reached': {
    one: 'Vous avez choisi le maximum de 1 option.',
    many: 'Vous avez choisi le maximum de {count} de options.',
    other: 'Vous avez choisi le maximum de {count} options.',
  },
  'poll.need-choice': 'Choisissez une option avant de voter.',
  'poll.voted': 'Merci. Votre vote a été enregistré.',
  'poll.vote-changed': 'Votre vote a été modifié.',
  'poll.you-voted': 'Vous avez voté dans ce sondage.',
  'poll.your-choice': '(✓ votre choix)',
  'poll.votes': { '=0': 'aucun vote', one: '{count} vote', many: '{count} de votes', other: '{count} votes' },
  'poll.participants': {
    '=0': 'Personne n’a encore voté.',
    one: '{count} personne a voté.',
    many: '{count} de personnes ont voté.',
    other: '{count} personnes ont voté.',
  },
  'poll.closes': 'Se termine {relative} ({date}).',
  'poll.opens': 'Ce sondage ouvre {relative} ({date}).',
  'poll.closed-on': 'Ce sondage s’est terminé le {date}.',
  'poll.closed': 'Ce sondage est terminé.',
  'poll.results': 'Résultats',
  'poll.results-after-vote': 'Les résultats s’affichent après votre vote.',
  'poll.results-after-close': 'Les résultats seront affichés à la fin du sondage.',
  'poll.results-never': 'Les résultats de ce sondage ne sont pas publiés.',
  'poll.error.already-done': 'Vous avez déjà voté dans ce sondage.',
  'poll.error.closed': 'Ce sondage n’est plus ouvert au vote.',
};

export default messages;
