import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Az API-tokenek oldala, magyarul. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-tokenek',
  'tokens.intro':
    'Az API-token lehetővé teszi, hogy egy szkript vagy egy másik rendszer az Ön nevében használja az adminisztrációs API-t, például egy éjszakai eredményexport automatizálásához. Arra képes, amit az Ön szerepköre ({role}) megenged.',
  'tokens.howTo': 'A szkript minden kérés Authorization fejlécében elküldi a tokent:',
  'tokens.loading': 'Tokenjei betöltése…',
  'tokens.loadError': 'Tokenjeit nem sikerült betölteni: {detail}',
  'tokens.retry': 'Próbálja újra',
  'tokens.none': 'Nincs API-tokenje.',
  'tokens.caption': { one: 'Az Ön {count} tokenje', other: 'Az Ön {count} tokenje' },
  'col.name': 'Név',
  'col.created': 'Létrehozva',
  'col.lastUsed': 'Utoljára használva',
  'col.status': 'Állapot',
  'col.actions': 'Műveletek',
  'tokens.never': 'Soha',
  'tokens.active': 'Aktív',
  'tokens.revoked': 'Visszavonva',
  'tokens.revoke': 'Visszavonás',
  'create.title': 'Token létrehozása',
  'create.name': 'Név',
  'create.nameHint': 'Mire szolgál, hogy később felismerje. Például: Éjszakai eredményexport.',
  'create.submit': 'Token létrehozása',
  'create.working': 'A token létrehozása…',
  'create.errorTitle': 'A token nem jött létre',
  'create.nameRequired': 'Adjon nevet a tokennek',
  'created.title': 'Az új tokenje',
  'created.status': 'A(z) „{name}” token létrejött.',
  'created.warning':
    'Másolja ki most, és tárolja biztonságos helyen, például jelszókezelőben vagy az automatizálás titkos beállításai között. Többé nem jelenik meg. Akinek birtokában van, az Ön nevében járhat el.',
  'created.label': 'API-token: „{name}”',
  'created.done': 'Elmentettem',
  copy: 'Token másolása',
  copied: 'Token kimásolva.',
  copyFailed: 'A token ki van jelölve: másolja ki a billentyűzettel vagy a menüből.',
  'revoke.title': 'Visszavonja a(z) „{name}” tokent?',
  'revoke.body': 'Az ezt használó szkriptek és rendszerek azonnal leállnak. Ez nem vonható vissza, de létrehozhat új tokent.',
  'revoke.confirm': 'Igen, visszavonom',
  'revoke.done': 'A(z) „{name}” token visszavonva.',
  'revoke.errorTitle': 'A token visszavonása nem sikerült',
  cancel: 'Mégse',
  'role.admin': 'adminisztrátor',
  'role.editor': 'szerkesztő',
  'role.moderator': 'moderátor',
  'role.analyst': 'elemző',
};

export default messages;
