// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Carregando a enquete…',
  'poll.vote': 'Votar',
  'poll.submitting': 'Enviando seu voto…',
  'poll.change-vote': 'Alterar meu voto',
  'poll.keep-vote': 'Manter meu voto',
  'poll.hint-single': 'Escolha uma opção.',
  'poll.hint-multiple': { one: 'Escolha 1 opção.', many: 'Escolha até {count} opções.', other: 'Escolha até {count} opções.' },
  'poll.max-reached': {
    one: 'Você já escolheu o máximo de 1 opção.',
    many: 'Você já escolheu o máximo de {count} opções.',
    other: 'Você já escolheu o máximo de {count} opções.',
  },
  'poll.need-choice': 'Escolha uma opção antes de votar.',
  'poll.voted': 'Obrigado. Seu voto foi registrado.',
  'poll.vote-changed': 'Seu voto foi alterado.',
  'poll.you-voted': 'Você já votou nesta enquete.',
  'poll.your-choice': '(✓ sua escolha)',
  'poll.votes': { '=0': 'nenhum voto', one: '{count} voto', many: '{count} votos', other: '{count} votos' },
  'poll.participants': {
    '=0': 'Ninguém votou ainda.',
    one: '{count} pessoa votou.',
    many: '{count} pessoas votaram.',
    other: '{count} pessoas votaram.',
  },
  'poll.closes': 'Encerra {relative} ({date}).',
  'poll.opens': 'Esta enquete abre {relative} ({date}).',
  'poll.closed-on': 'Esta enquete foi encerrada em {date}.',
  'poll.closed': 'Esta enquete está encerrada.',
  'poll.results': 'Resultados',
  'poll.results-after-vote': 'Os resultados aparecem depois que você vota.',
  'poll.results-after-close': 'Os resultados serão exibidos quando a enquete for encerrada.',
  'poll.results-never': 'Os resultados desta enquete não são publicados.',
  'poll.error.already-done': 'Você já votou nesta enquete.',
  'poll.error.closed': 'Esta enquete não está mais aberta para votação.',
};

export default messages;
