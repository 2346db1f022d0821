import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** La página Sitios, en español. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Sitios',
  'sites.intro':
    'Cualquier sitio web puede mostrar los widgets, pero solo se puede votar, comentar, firmar y valorar en las páginas de los sitios autorizados aquí.',
  'sites.loading': 'Cargando…',
  'sites.loadError': 'No se pudieron cargar los sitios: {detail}',
  'sites.retry': 'Intentar de nuevo',
  'sites.readOnly': 'Solo los administradores pueden cambiar esta lista. Pida a uno que autorice su sitio.',
  'refused.title': 'Sitios rechazados recientemente',
  'refused.intro':
    'Páginas de estos sitios intentaron enviar un voto, un comentario, una firma o una valoración y fueron rechazadas. Si un sitio es suyo, autorícelo.',
  'refused.none': 'No se ha rechazado ningún sitio recientemente.',
  'refused.caption': 'Sitios rechazados, del más reciente al más antiguo',
  'refused.allow': 'Autorizar',
  'refused.note': 'Autorizado desde la lista de sitios rechazados',
  'col.site': 'Sitio',
  'col.refusals': 'Intentos rechazados',
  'col.lastRefused': 'Último rechazo',
  'col.firstRefused': 'Primer rechazo',
  'col.note': 'Nota',
  'col.addedBy': 'Añadido por',
  'col.added': 'Añadido',
  'col.action': 'Acción',
  'allowed.title': 'Sitios autorizados',
  'allowed.caption': 'Sitios autorizados',
  'allowed.none': 'Todavía no hay ningún sitio autorizado: solo se puede participar en las páginas de este servidor.',
  'allowed.fromEnvironment': 'Ajuste del servidor',
  'allowed.fromEnvironmentNote': 'Definido en CIVIC_ALLOWED_ORIGINS: cámbielo en los ajustes del servidor.',
  'allowed.remove': 'Quitar',
  'confirm.remove': '¿Dejar de autorizar {origin}?',
  'confirm.removeBody':
    'En sus páginas ya no se podrá votar, comentar, firmar ni valorar. Los widgets que ya estén en sus páginas siguen visibles.',
  'confirm.yesRemove': 'Sí, quitarlo',
  'confirm.cancel': 'Cancelar',
  'add.title': 'Autorizar un sitio',
  'add.origin': 'Dirección web del sitio',
  'add.originHint':
    'Por ejemplo https://www.ciudad.es. Se autorizan todas las páginas de ese sitio; lo que sigue al nombre del sitio se ignora.',
  'add.note': 'Nota (opcional)',
  'add.noteHint': 'Qué es el sitio y quién lo gestiona, para que se sepa por qué está autorizado. Hasta 200 caracteres.',
  'add.submit': 'Autorizar el sitio',
  'add.saving': 'Guardando…',
  'add.errorTitle': 'Hay un problema',
  'error.origin': 'Escriba la dirección web del sitio, por ejemplo https://www.ciudad.es',
  'error.note': 'La nota debe tener como máximo 200 caracteres',
  'notice.added': '{origin} está autorizado: ya se puede participar en sus páginas.',
  'notice.removed': '{origin} ya no está autorizado.',
};

export default messages;
