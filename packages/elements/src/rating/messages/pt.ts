// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'A carregar…',
  'rating.stars': { one: '{count} estrela', many: '{count} estrelas', other: '{count} estrelas' },
  'rating.yes': 'Sim',
  'rating.no': 'Não',
  'rating.csat.1': 'Muito insatisfeito',
  'rating.csat.2': 'Insatisfeito',
  'rating.csat.3': 'Nem satisfeito nem insatisfeito',
  'rating.csat.4': 'Satisfeito',
  'rating.csat.5': 'Muito satisfeito',
  'rating.send': 'Enviar avaliação',
  'rating.sending': 'A enviar…',
  'rating.choose': 'Escolha primeiro uma avaliação.',
  'rating.thanks': 'Obrigado pela sua opinião.',
  'rating.follow-up': 'Conte-nos mais (opcional)',
  'rating.reasons': 'O que motivou a sua resposta?',
  'rating.comment': 'Comentário',
  'rating.comment-hint': 'Não inclua dados pessoais, como o seu nome ou a sua morada.',
  'rating.send-more': 'Enviar',
  'rating.skip': 'Saltar',
  'rating.done': 'Obrigado. A sua opinião ajuda-nos a melhorar este serviço.',
  'rating.yours': 'A sua avaliação: {score}.',
  'rating.change': 'Alterar a resposta',
  'rating.closed': 'De momento, este serviço não está a receber avaliações.',
  'rating.average': '{average} em 5',
  'rating.yes-share': '{percent} das pessoas consideraram esta página útil',
  'rating.count': {
    '=0': 'Ainda sem avaliações',
    one: 'com base em {count} avaliação',
    many: 'com base em {count} avaliações',
    other: 'com base em {count} avaliações',
  },
  'rating.details-show': 'Mostrar todas as avaliações',
  'rating.details-hide': 'Ocultar todas as avaliações',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
