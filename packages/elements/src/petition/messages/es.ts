// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Cargando la petición…',
  'petition.full-text': 'Leer la petición completa',
  'petition.signatures': { '=0': 'Ninguna firma', one: '{count} firma', many: '{count} de firmas', other: '{count} firmas' },
  'petition.progress': 'Firmas: {count} de {goal} ({percent})',
  'petition.milestones': 'Hitos',
  'petition.milestone': {
    many: '{count} de firmas — {label}',
    one: '{count} firma — {label}',
    other: '{count} firmas — {label}',
  },
  'petition.reached': '(✓ alcanzado)',
  'petition.milestone-reached': 'Hito alcanzado: {label}.',
  'petition.closes': 'Abierta a firmas hasta el {date}.',
  'petition.opens': 'Esta petición se abrirá a firmas el {date}.',
  'petition.closed': 'Esta petición está cerrada. Ya no recoge firmas.',
  'petition.response': 'Respuesta oficial',
  'petition.responded-on': 'Publicada el {date}.',
  'petition.recent': 'Firmantes recientes',
  'petition.sign': 'Firma esta petición',
  'petition.name': 'Nombre completo',
  'petition.email': 'Correo electrónico',
  'petition.email-hint': 'Te enviaremos un enlace para confirmar tu firma.',
  'petition.region': 'Dónde vives',
  'petition.region-choose': 'Elige dónde vives',
  'petition.consent':
    'Acepto que mi nombre, correo electrónico y zona se traten para registrar mi firma, como se describe en el {privacy}.',
  'petition.privacy-notice': 'aviso de privacidad',
  'petition.show-name': 'Mostrar mi nombre en la lista pública de firmantes',
  'petition.submit': 'Firmar la petición',
  'petition.submitting': 'Firmando…',
  'petition.error-summary': 'Hay un problema',
  'petition.error.name': 'Escribe tu nombre completo.',
  'petition.error.email-empty': 'Escribe tu correo electrónico.',
  'petition.error.email': 'Escribe un correo electrónico con el formato correcto, como nombre@example.com.',
  'petition.error.region': 'Elige dónde vives.',
  'petition.error.consent': 'Debes aceptar para poder firmar.',
  'petition.check-email': 'Revisa tu correo',
  'petition.check-email-body':
    'Hemos enviado un enlace a {email}. Ábrelo para confirmar tu firma: solo cuenta cuando está confirmada.',
  'petition.check-email-help':
    'Si no llega nada en unos minutos, revisa la carpeta de spam o vuelve a firmar con el mismo correo para recibir un enlace nuevo.',
  'petition.share': 'Compartir esta petición',
  'petition.copied': 'Enlace copiado.',
};

export default messages;
