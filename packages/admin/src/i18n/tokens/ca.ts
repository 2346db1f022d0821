import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** La pàgina Testimonis d’API, en català. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Testimonis d’API',
  'tokens.intro':
    'Un testimoni d’API permet que un script o un altre sistema utilitzi l’API d’administració en nom vostre, per automatitzar feines com ara una exportació nocturna de resultats. Pot fer el que permet el vostre rol ({role}).',
  'tokens.howTo': 'L’script envia el testimoni a la capçalera Authorization de cada sol·licitud:',
  'tokens.loading': 'S’estan carregant els vostres testimonis…',
  'tokens.loadError': 'No s’han pogut carregar els vostres testimonis: {detail}',
  'tokens.retry': 'Torna-ho a provar',
  'tokens.none': 'No teniu cap testimoni d’API.',
  'tokens.caption': {
    one: 'El vostre testimoni',
    many: 'Els vostres {count} testimonis',
    other: 'Els vostres {count} testimonis',
  },
  'col.name': 'Nom',
  'col.created': 'Creat',
  'col.lastUsed': 'Darrer ús',
  'col.status': 'Estat',
  'col.actions': 'Accions',
  'tokens.never': 'Mai',
  'tokens.active': 'Actiu',
  'tokens.revoked': 'Revocat',
  'tokens.revoke': 'Revoca',
  'create.title': 'Creeu un testimoni',
  'create.name': 'Nom',
  'create.nameHint': 'Per a què serveix, perquè el reconegueu més endavant. Per exemple: Exportació nocturna de resultats.',
  'create.submit': 'Crea el testimoni',
  'create.working': 'S’està creant el testimoni…',
  'create.errorTitle': 'No s’ha creat el testimoni',
  'create.nameRequired': 'Escriviu un nom per al testimoni',
  'created.title': 'El vostre testimoni nou',
  'created.status': 'S’ha creat el testimoni «{name}».',
  'created.warning':
    'Copieu-lo ara i deseu-lo en un lloc segur, per exemple en un gestor de contrasenyes o en la configuració secreta de la vostra automatització. No es tornarà a mostrar. Qualsevol persona que el tingui pot actuar en nom vostre.',
  'created.label': 'Testimoni d’API «{name}»',
  'created.done': 'Ja l’he desat',
  copy: 'Copia el testimoni',
  copied: 'S’ha copiat el testimoni.',
  copyFailed: 'El testimoni està seleccionat: copieu-lo amb el teclat o amb el menú.',
  'revoke.title': 'Voleu revocar el testimoni «{name}»?',
  'revoke.body':
    'Els scripts i els sistemes que l’utilitzen deixaran de funcionar immediatament. Aquesta acció no es pot desfer, però podeu crear un testimoni nou.',
  'revoke.confirm': 'Sí, revoca’l',
  'revoke.done': 'S’ha revocat el testimoni «{name}».',
  'revoke.errorTitle': 'No s’ha revocat el testimoni',
  cancel: 'Cancel·la',
  'role.admin': 'administrador',
  'role.editor': 'editor',
  'role.moderator': 'moderador',
  'role.analyst': 'analista',
};

export default messages;
