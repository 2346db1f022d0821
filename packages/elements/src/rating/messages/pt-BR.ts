// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Carregando…',
  'rating.stars': { one: '{count} estrela', many: '{count} estrelas', other: '{count} estrelas' },
  'rating.yes': 'Sim',
  'rating.no': 'Não',
  'rating.csat.1': 'Muito insatisfeito',
  'rating.csat.2': 'Insatisfeito',
  'rating.csat.3': 'Nem satisfeito nem insatisfeito',
  'rating.csat.4': 'Satisfeito',
  'rating.csat.5': 'Muito satisfeito',
  'rating.send': 'Enviar avaliação',
  'rating.sending': 'Enviando…',
  'rating.choose': 'Escolha uma avaliação primeiro.',
  'rating.thanks': 'Obrigado pela sua opinião.',
  'rating.follow-up': 'Conte mais para nós (opcional)',
  'rating.reasons': 'O que motivou sua resposta?',
  'rating.comment': 'Comentário',
  'rating.comment-hint': 'Não inclua dados pessoais, como seu nome ou endereço.',
  'rating.send-more': 'Enviar',
  'rating.skip': 'Pular',
  'rating.done': 'Obrigado. Sua opinião nos ajuda a melhorar este serviço.',
  'rating.yours': 'Sua avaliação: {score}.',
  'rating.change': 'Alterar resposta',
  'rating.closed': 'No momento, este serviço não está recebendo avaliações.',
  'rating.average': '{average} de 5',
  'rating.yes-share': '{percent} das pessoas acharam esta página útil',
  'rating.count': {
    '=0': 'Ainda não há avaliações',
    one: 'com base em {count} avaliação',
    many: 'com base em {count} avaliações',
    other: 'com base em {count} avaliações',
  },
  'rating.details-show': 'Mostrar todas as avaliações',
  'rating.details-hide': 'Ocultar todas as avaliações',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
