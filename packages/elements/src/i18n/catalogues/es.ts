import type { Catalogue } from './en.js';

export const es: Catalogue = {
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.anonymous': 'Anónimo',
  'common.honeypot': 'Deja este campo vacío',
  'common.optional': '(opcional)',
  'common.characters-left': { one: 'Te queda {count} carácter', other: 'Te quedan {count} caracteres' },
  'common.characters-over': { one: 'Te sobra {count} carácter', other: 'Te sobran {count} caracteres' },
  'error.network': 'No pudimos conectar. Comprueba tu conexión a internet e inténtalo de nuevo.',
  'error.timeout': 'Está tardando demasiado. Inténtalo de nuevo en un momento.',
  'error.not-found': 'No se encontró este contenido. Puede que se haya eliminado.',
  'error.invalid-input': 'Parte de la información no es válida. Revísala e inténtalo de nuevo.',
  'error.already-done': 'Ya lo has hecho.',
  'error.closed': 'Está cerrado.',
  'error.rate-limited': 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  'error.unauthorised': 'Este sitio no tiene permiso para usar este servicio.',
  'error.server': 'Algo salió mal por nuestra parte. Inténtalo más tarde.',
  'error.bad-response': 'Recibimos una respuesta inesperada. Inténtalo más tarde.',
  'error.no-backend': 'No hay ningún servidor configurado: este componente necesita un endpoint.',
  'error.unknown': 'Algo salió mal. Inténtalo de nuevo.',
  'time.relative-past': 'hace menos de un minuto',
};
