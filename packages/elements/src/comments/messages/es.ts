// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Cargando comentarios…',
  'comments.count': {
    '=0': 'Sin comentarios',
    one: '{count} comentario',
    many: '{count} de comentarios',
    other: '{count} comentarios',
  },
  'comments.sort': 'Ordenar por',
  'comments.sort.newest': 'Más recientes',
  'comments.sort.oldest': 'Más antiguos',
  'comments.sort.top': 'Más apoyados',
  'comments.empty': 'Todavía no hay comentarios. Sé la primera persona en comentar.',
  'comments.more': 'Mostrar más comentarios',
  'comments.new': {
    one: '{count} comentario nuevo — mostrar',
    many: '{count} de comentarios nuevos — mostrar',
    other: '{count} comentarios nuevos — mostrar',
  },
  'comments.closed': 'Este debate está cerrado. Puedes leer los comentarios, pero no añadir nuevos.',
  'comments.form.title': 'Añadir un comentario',
  'comments.form.reply-title': 'Responder a {name}',
  'comments.form.name': 'Tu nombre',
  'comments.form.name-hint': 'Déjalo vacío para comentar como «Anónimo». Se muestra públicamente.',
  'comments.form.body': 'Comentario',
  'comments.form.reply-body': 'Respuesta',
  'comments.form.submit': 'Publicar comentario',
  'comments.form.submit-reply': 'Publicar respuesta',
  'comments.form.submitting': 'Publicando…',
  'comments.form.cancel': 'Cancelar',
  'comments.form.required': 'Escribe un comentario.',
  'comments.form.too-long': 'Los comentarios deben tener {max} caracteres como máximo.',
  'comments.posted': 'Tu comentario se ha publicado.',
  'comments.posted-pending': 'Gracias. Tu comentario aparecerá cuando lo apruebe un moderador.',
  'comments.pending': 'Pendiente de moderación',
  'comments.upvote': 'Apoyar',
  'comments.upvote-label': {
    '=0': 'Apoyar este comentario (sin apoyos)',
    one: 'Apoyar este comentario ({count} apoyo)',
    many: 'Apoyar este comentario ({count} de apoyos)',
    other: 'Apoyar este comentario ({count} apoyos)',
  },
  'comments.reply': 'Responder',
  'comments.replies-show': {
    one: 'Mostrar {count} respuesta',
    many: 'Mostrar {count} de respuestas',
    other: 'Mostrar {count} respuestas',
  },
  'comments.replies-hide': {
    one: 'Ocultar {count} respuesta',
    many: 'Ocultar {count} de respuestas',
    other: 'Ocultar {count} respuestas',
  },
  'comments.report': 'Denunciar',
  'comments.delete': 'Eliminar',
};

export default messages;
