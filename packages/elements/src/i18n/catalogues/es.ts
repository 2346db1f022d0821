// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.anonymous': 'Anónimo',
  'common.honeypot': 'Deja este campo vacío',
  'common.optional': '(opcional)',
  'common.characters-left': {
    one: 'Te queda {count} carácter',
    many: 'Te quedan {count} de caracteres',
    other: 'Te quedan {count} caracteres',
  },
  'common.characters-over': {
    one: 'Te sobra {count} carácter',
    many: 'Te sobran {count} de caracteres',
    other: 'Te sobran {count} caracteres',
  },
  'error.offline': 'Parece que no tienes conexión. Compruébala.',
  'error.network': 'No podemos contactar con el servicio en este momento. El problema no es tuyo.',
  'error.timeout': 'El servicio tarda demasiado en responder. Puede que esté saturado.',
  'error.not-found': 'No se encontró este contenido. Puede que se haya eliminado.',
  'error.invalid-input': 'Parte de la información no es válida. Revísala e inténtalo de nuevo.',
  'error.already-done': 'Ya lo has hecho.',
  'error.closed': 'Está cerrado.',
  'error.rate-limited': 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  'error.unauthorised': 'Este sitio no tiene permiso para usar este servicio.',
  'error.server': 'Algo salió mal por nuestra parte, no por la tuya.',
  'error.no-backend': 'No hay ningún servidor configurado: este componente necesita un endpoint.',
  'error.retrying': 'Se cargará solo en cuanto vuelvan la conexión o el servicio.',
  'error.kept': 'Lo que escribiste se conserva: inténtalo de nuevo en un momento.',
  'error.unknown': 'Algo salió mal. Inténtalo de nuevo.',
  'time.relative-past': 'hace menos de un minuto',
};

export default messages;
