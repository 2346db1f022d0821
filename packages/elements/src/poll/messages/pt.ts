// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'A carregar a sondagem…',
  'poll.vote': 'Votar',
  'poll.submitting': 'A enviar o seu voto…',
  'poll.change-vote': 'Alterar o voto',
  'poll.keep-vote': 'Manter o meu voto',
  'poll.hint-single': 'Escolha uma opção.',
  'poll.hint-multiple': { one: 'Escolha 1 opção.', many: 'Escolha até {count} opções.', other: 'Escolha até {count} opções.' },
  'poll.max-reached': {
    one: 'Já escolheu o máximo de 1 opção.',
    many: 'Já escolheu o máximo de {count} opções.',
    other: 'Já escolheu o máximo de {count} opções.',
  },
  'poll.need-choice': 'Escolha uma opção antes de votar.',
  'poll.voted': 'Obrigado. O seu voto foi registado.',
  'poll.vote-changed': 'O seu voto foi alterado.',
  'poll.you-voted': 'Já votou nesta sondagem.',
  'poll.your-choice': '(✓ a sua escolha)',
  'poll.votes': { '=0': 'nenhum voto', one: '{count} voto', many: '{count} votos', other: '{count} votos' },
  'poll.participants': {
    '=0': 'Ainda ninguém votou.',
    one: 'Votou {count} pessoa.',
    many: 'Votaram {count} pessoas.',
    other: 'Votaram {count} pessoas.',
  },
  'poll.closes': 'Encerra {relative} ({date}).',
  'poll.opens': 'Esta sondagem abre {relative} ({date}).',
  'poll.closed-on': 'Esta sondagem encerrou em {date}.',
  'poll.closed': 'Esta sondagem está encerrada.',
  'poll.results': 'Resultados',
  'poll.results-after-vote': 'Os resultados são apresentados depois de votar.',
  'poll.results-after-close': 'Os resultados serão apresentados quando a sondagem encerrar.',
  'poll.results-never': 'Os resultados desta sondagem não são publicados.',
  'poll.error.already-done': 'Já votou nesta sondagem.',
  'poll.error.closed': 'Esta sondagem já não está aberta a votação.',
};

export default messages;
