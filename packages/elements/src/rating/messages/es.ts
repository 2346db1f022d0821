// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Cargando…',
  'rating.stars': { one: '{count} estrella', many: '{count} de estrellas', other: '{count} estrellas' },
  'rating.yes': 'Sí',
  'rating.no': 'No',
  'rating.csat.1': 'Muy insatisfecho',
  'rating.csat.2': 'Insatisfecho',
  'rating.csat.3': 'Ni satisfecho ni insatisfecho',
  'rating.csat.4': 'Satisfecho',
  'rating.csat.5': 'Muy satisfecho',
  'rating.send': 'Enviar valoración',
  'rating.sending': 'Enviando…',
  'rating.choose': 'Elige primero una valoración.',
  'rating.thanks': 'Gracias por tu opinión.',
  'rating.follow-up': 'Cuéntanos más (opcional)',
  'rating.reasons': '¿De qué se trataba?',
  'rating.comment': 'Comentario',
  'rating.comment-hint': 'No incluyas datos personales, como tu nombre o dirección.',
  'rating.send-more': 'Enviar',
  'rating.skip': 'Omitir',
  'rating.done': 'Gracias. Tu opinión nos ayuda a mejorar este servicio.',
  'rating.yours': 'Tu valoración: {score}.',
  'rating.change': 'Cambiar tu respuesta',
  'rating.closed': 'Este servicio no acepta valoraciones en este momento.',
  'rating.average': '{average} de 5',
  'rating.yes-share': 'Al {percent} de las personas le resultó útil',
  'rating.count': {
    '=0': 'Sin valoraciones',
    one: 'de {count} valoración',
    many: 'de {count} de valoraciones',
    other: 'de {count} valoraciones',
  },
  'rating.details-show': 'Mostrar todas las valoraciones',
  'rating.details-hide': 'Ocultar todas las valoraciones',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
