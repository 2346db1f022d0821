// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'A carregar…',
  'common.retry': 'Tentar novamente',
  'common.anonymous': 'Anónimo',
  'common.honeypot': 'Deixe este campo vazio',
  'common.optional': '(opcional)',
  'common.characters-left': {
    one: 'Carateres restantes: {count}',
    many: 'Restam {count} carateres',
    other: 'Restam {count} carateres',
  },
  'common.characters-over': {
    one: 'Tem {count} carácter a mais',
    many: 'Tem {count} carateres a mais',
    other: 'Tem {count} carateres a mais',
  },
  'error.offline': 'Parece estar sem ligação. Verifique a sua ligação à Internet.',
  'error.network': 'De momento, não conseguimos contactar o serviço. O problema não está do seu lado.',
  'error.timeout': 'O serviço está a demorar demasiado a responder. Pode estar sobrecarregado.',
  'error.not-found': 'Não foi possível encontrar este conteúdo. Pode ter sido removido.',
  'error.invalid-input': 'Alguns dados não são válidos. Verifique-os e tente novamente.',
  'error.already-done': 'Já realizou esta ação.',
  'error.closed': 'A participação está encerrada.',
  'error.rate-limited': 'Demasiadas tentativas. Aguarde um momento e tente novamente.',
  'error.unauthorised': 'Este site não tem autorização para utilizar este serviço.',
  'error.server': 'Ocorreu um erro do nosso lado, não do seu.',
  'error.no-backend': 'Nenhum servidor configurado: este widget precisa de um endpoint.',
  'error.retrying': 'O conteúdo vai carregar automaticamente quando a ligação ou o serviço forem restabelecidos.',
  'error.kept': 'O que escreveu foi guardado: tente novamente daqui a pouco.',
  'error.unknown': 'Ocorreu um erro. Tente novamente.',
  'time.relative-past': 'há menos de um minuto',
};

export default messages;
