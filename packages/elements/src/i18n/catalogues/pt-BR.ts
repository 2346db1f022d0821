// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Carregando…',
  'common.retry': 'Tentar novamente',
  'common.anonymous': 'Anônimo',
  'common.honeypot': 'Deixe este campo em branco',
  'common.optional': '(opcional)',
  'common.characters-left': {
    one: 'Caracteres restantes: {count}',
    many: 'Restam {count} caracteres',
    other: 'Restam {count} caracteres',
  },
  'common.characters-over': {
    one: 'Você passou {count} caractere do limite',
    many: 'Você passou {count} caracteres do limite',
    other: 'Você passou {count} caracteres do limite',
  },
  'error.offline': 'Parece que você está sem conexão. Verifique sua internet.',
  'error.network': 'No momento, não conseguimos acessar o serviço. O problema não está do seu lado.',
  'error.timeout': 'O serviço está demorando muito para responder. Ele pode estar sobrecarregado.',
  'error.not-found': 'Não foi possível encontrar este conteúdo. Ele pode ter sido removido.',
  'error.invalid-input': 'Algumas informações não são válidas. Confira os dados e tente novamente.',
  'error.already-done': 'Você já fez isso.',
  'error.closed': 'A participação está encerrada.',
  'error.rate-limited': 'Muitas tentativas. Aguarde um momento e tente novamente.',
  'error.unauthorised': 'Este site não tem permissão para usar este serviço.',
  'error.server': 'Ocorreu um erro do nosso lado, não do seu.',
  'error.no-backend': 'Nenhum servidor configurado: este widget precisa de um endpoint.',
  'error.retrying': 'O conteúdo vai carregar sozinho quando a conexão ou o serviço voltar.',
  'error.kept': 'O que você digitou foi mantido: tente novamente em instantes.',
  'error.unknown': 'Algo deu errado. Tente novamente.',
  'time.relative-past': 'há menos de um minuto',
};

export default messages;
