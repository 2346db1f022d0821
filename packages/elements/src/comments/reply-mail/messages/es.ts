// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Correo electrónico para respuestas',
  'comments.form.email-hint':
    'Te avisaremos por correo cuando alguien responda, como máximo una vez por hora, después de que confirmes la dirección. Nunca se muestra.',
  'comments.form.email-error': 'Escribe un correo electrónico con el formato correcto, como nombre@example.com.',
  'comments.posted-email':
    'Si esta dirección es nueva para nosotros, abre el enlace que te hemos enviado para recibir mensajes sobre respuestas.',
};

export default messages;
