// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Carregando comentários…',
  'comments.count': {
    '=0': 'Ainda não há comentários',
    one: '{count} comentário',
    many: '{count} comentários',
    other: '{count} comentários',
  },
  'comments.sort': 'Ordenar por',
  'comments.sort.newest': 'Mais recentes primeiro',
  'comments.sort.oldest': 'Mais antigos primeiro',
  'comments.sort.top': 'Mais apoiados',
  'comments.empty': 'Ainda não há comentários. Seja a primeira pessoa a comentar.',
  'comments.more': 'Mostrar mais comentários',
  'comments.new': {
    one: '{count} comentário novo — mostrar',
    many: '{count} comentários novos — mostrar',
    other: '{count} comentários novos — mostrar',
  },
  'comments.closed': 'Esta discussão está encerrada. Você pode ler os comentários, mas não pode enviar novos.',
  'comments.form.title': 'Adicionar um comentário',
  'comments.form.reply-title': 'Responder a {name}',
  'comments.form.name': 'Seu nome',
  'comments.form.name-hint': 'Deixe em branco para comentar como “Anônimo”. O nome aparece publicamente.',
  'comments.form.body': 'Comentário',
  'comments.form.reply-body': 'Resposta',
  'comments.form.submit': 'Publicar comentário',
  'comments.form.submit-reply': 'Publicar resposta',
  'comments.form.submitting': 'Publicando…',
  'comments.form.cancel': 'Cancelar',
  'comments.form.required': 'Escreva um comentário.',
  'comments.form.too-long': 'Os comentários podem ter no máximo {max} caracteres.',
  'comments.posted': 'Seu comentário foi publicado.',
  'comments.posted-pending': 'Obrigado. Seu comentário vai aparecer depois de aprovado pela moderação.',
  'comments.pending': 'Aguardando moderação',
  'comments.upvote': 'Apoiar',
  'comments.upvote-label': {
    '=0': 'Apoiar este comentário (ainda sem apoios)',
    one: 'Apoiar este comentário ({count} apoio)',
    many: 'Apoiar este comentário ({count} apoios)',
    other: 'Apoiar este comentário ({count} apoios)',
  },
  'comments.reply': 'Responder',
  'comments.replies-show': {
    one: 'Mostrar {count} resposta',
    many: 'Mostrar {count} respostas',
    other: 'Mostrar {count} respostas',
  },
  'comments.replies-hide': {
    one: 'Ocultar {count} resposta',
    many: 'Ocultar {count} respostas',
    other: 'Ocultar {count} respostas',
  },
  'comments.report': 'Denunciar',
  'comments.delete': 'Excluir',
};

export default messages;
