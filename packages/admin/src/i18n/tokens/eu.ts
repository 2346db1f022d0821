import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API tokenak orria, euskaraz. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API tokenak',
  'tokens.intro':
    'API token batek script bati edo beste sistema bati administrazio-APIa zure izenean erabiltzen uzten dio, lanak automatizatzeko; adibidez, emaitzak gauero esportatzeko. Zure rolak baimentzen duena egin dezake ({role}).',
  'tokens.howTo': 'Scriptak tokena bidaltzen du eskaera bakoitzaren Authorization goiburuan:',
  'tokens.loading': 'Zure tokenak kargatzen…',
  'tokens.loadError': 'Ezin izan dira zure tokenak kargatu: {detail}',
  'tokens.retry': 'Saiatu berriro',
  'tokens.none': 'Ez duzu API tokenik.',
  'tokens.caption': { one: 'Zure tokena', other: 'Zure {count} tokenak' },
  'col.name': 'Izena',
  'col.created': 'Sortua',
  'col.lastUsed': 'Azken erabilera',
  'col.status': 'Egoera',
  'col.actions': 'Ekintzak',
  'tokens.never': 'Inoiz ez',
  'tokens.active': 'Aktibo',
  'tokens.revoked': 'Baliogabetuta',
  'tokens.revoke': 'Baliogabetu',
  'create.title': 'Sortu token bat',
  'create.name': 'Izena',
  'create.nameHint': 'Zertarako den, gero ezagutzeko. Adibidez: Emaitzen gaueko esportazioa.',
  'create.submit': 'Sortu tokena',
  'create.working': 'Tokena sortzen…',
  'create.errorTitle': 'Ez da tokena sortu',
  'create.nameRequired': 'Idatzi tokenaren izena',
  'created.title': 'Zure token berria',
  'created.status': '«{name}» tokena sortu da.',
  'created.warning':
    'Kopiatu orain eta gorde leku seguruan; adibidez, pasahitz-kudeatzaile batean edo zure automatizazioaren ezarpen sekretuetan. Ez da berriro erakutsiko. Hura duen edonork zure izenean jardun dezake.',
  'created.label': '«{name}» API tokena',
  'created.done': 'Gorde dut',
  copy: 'Kopiatu tokena',
  copied: 'Tokena kopiatu da.',
  copyFailed: 'Tokena hautatuta dago: kopiatu teklatuarekin edo menuarekin.',
  'revoke.title': '«{name}» tokena baliogabetu?',
  'revoke.body':
    'Hura erabiltzen duten scriptek eta sistemek berehala utziko diote funtzionatzeari. Ezin da desegin, baina token berri bat sor dezakezu.',
  'revoke.confirm': 'Bai, baliogabetu',
  'revoke.done': '«{name}» tokena baliogabetu da.',
  'revoke.errorTitle': 'Ez da tokena baliogabetu',
  cancel: 'Utzi',
  'role.admin': 'administratzailea',
  'role.editor': 'editorea',
  'role.moderator': 'moderatzailea',
  'role.analyst': 'analista',
};

export default messages;
