import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** La página de tokens de API, en español. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tokens de API',
  'tokens.intro':
    'Un token de API permite que un script u otro sistema use la API de administración en su nombre, para automatizar tareas como una exportación nocturna de resultados. Puede hacer lo que permite su rol ({role}).',
  'tokens.howTo': 'El script envía el token en la cabecera Authorization de cada solicitud:',
  'tokens.loading': 'Cargando sus tokens…',
  'tokens.loadError': 'No se han podido cargar sus tokens: {detail}',
  'tokens.retry': 'Volver a intentarlo',
  'tokens.none': 'No tiene ningún token de API.',
  'tokens.caption': { many: 'Sus {count} de tokens', one: 'Su token ({count})', other: 'Sus {count} tokens' },
  'col.name': 'Nombre',
  'col.created': 'Creado',
  'col.lastUsed': 'Último uso',
  'col.status': 'Estado',
  'col.actions': 'Acciones',
  'tokens.never': 'Nunca',
  'tokens.active': 'Activo',
  'tokens.revoked': 'Revocado',
  'tokens.revoke': 'Revocar',
  'create.title': 'Crear un token',
  'create.name': 'Nombre',
  'create.nameHint': 'Para qué sirve, para reconocerlo más adelante. Por ejemplo: Exportación nocturna de resultados.',
  'create.submit': 'Crear el token',
  'create.working': 'Creando el token…',
  'create.errorTitle': 'No se ha creado el token',
  'create.nameRequired': 'Escriba un nombre para el token',
  'created.title': 'Su nuevo token',
  'created.status': 'Se ha creado el token «{name}».',
  'created.warning':
    'Cópielo ahora y guárdelo en un lugar seguro, por ejemplo en un gestor de contraseñas o en la configuración secreta de su automatización. No se volverá a mostrar. Cualquiera que lo tenga puede actuar en su nombre.',
  'created.label': 'Token de API «{name}»',
  'created.done': 'Ya lo he guardado',
  copy: 'Copiar el token',
  copied: 'Token copiado.',
  copyFailed: 'El token está seleccionado: cópielo con el teclado o con el menú.',
  'revoke.title': '¿Revocar el token «{name}»?',
  'revoke.body':
    'Los scripts y sistemas que lo usan dejan de funcionar de inmediato. No se puede deshacer, pero puede crear un token nuevo.',
  'revoke.confirm': 'Sí, revocar',
  'revoke.done': 'Se ha revocado el token «{name}».',
  'revoke.errorTitle': 'No se ha revocado el token',
  cancel: 'Cancelar',
  'role.admin': 'administrador',
  'role.editor': 'editor',
  'role.moderator': 'moderador',
  'role.analyst': 'analista',
};

export default messages;
