// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Cargando la encuesta…',
  'poll.vote': 'Votar',
  'poll.submitting': 'Enviando tu voto…',
  'poll.change-vote': 'Cambiar mi voto',
  'poll.keep-vote': 'Mantener mi voto',
  'poll.hint-single': 'Elige una opción.',
  'poll.hint-multiple': {
    one: 'Elige 1 opción.',
    many: 'Elige hasta {count} de opciones.',
    other: 'Elige hasta {count} opciones.',
  },
  'poll.max-reached': {
    one: 'Has elegido el máximo de 1 opción.',
    many: 'Has elegido el máximo de {count} de opciones.',
    other: 'Has elegido el máximo de {count} opciones.',
  },
  'poll.need-choice': 'Elige una opción antes de votar.',
  'poll.voted': 'Gracias. Tu voto se ha registrado.',
  'poll.vote-changed': 'Tu voto se ha cambiado.',
  'poll.you-voted': 'Ya has votado en esta encuesta.',
  'poll.your-choice': '(✓ tu elección)',
  'poll.votes': { '=0': 'ningún voto', one: '{count} voto', many: '{count} de votos', other: '{count} votos' },
  'poll.participants': {
    '=0': 'Nadie ha votado todavía.',
    one: 'Ha votado {count} persona.',
    many: 'Han votado {count} de personas.',
    other: 'Han votado {count} personas.',
  },
  'poll.closes': 'Cierra {relative} ({date}).',
  'poll.opens': 'Esta encuesta abre {relative} ({date}).',
  'poll.closed-on': 'Esta encuesta cerró el {date}.',
  'poll.closed': 'Esta encuesta está cerrada.',
  'poll.results': 'Resultados',
  'poll.results-after-vote': 'Los resultados se muestran después de votar.',
  'poll.results-after-close': 'Los resultados se mostrarán cuando cierre la encuesta.',
  'poll.results-never': 'Los resultados de esta encuesta no se publican.',
  'poll.error.already-done': 'Ya has votado en esta encuesta.',
  'poll.error.closed': 'Esta encuesta ya no acepta votos.',
};

export default messages;
