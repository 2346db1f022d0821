import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Strona tokenów API, po polsku. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tokeny API',
  'tokens.intro':
    'Token API pozwala skryptowi lub innemu systemowi korzystać z API administracyjnego w Twoim imieniu, aby automatyzować pracę, na przykład nocny eksport wyników. Może on robić to, na co pozwala Twoja rola ({role}).',
  'tokens.howTo': 'Skrypt wysyła token w nagłówku Authorization każdego żądania:',
  'tokens.loading': 'Ładowanie Twoich tokenów…',
  'tokens.loadError': 'Nie udało się załadować Twoich tokenów: {detail}',
  'tokens.retry': 'Spróbuj ponownie',
  'tokens.none': 'Nie masz żadnych tokenów API.',
  'tokens.caption': {
    one: 'Twój token ({count})',
    few: 'Twoje tokeny ({count})',
    many: 'Twoje tokeny ({count})',
    other: 'Twoje tokeny ({count})',
  },
  'col.name': 'Nazwa',
  'col.created': 'Utworzono',
  'col.lastUsed': 'Ostatnie użycie',
  'col.status': 'Stan',
  'col.actions': 'Działania',
  'tokens.never': 'Nigdy',
  'tokens.active': 'Aktywny',
  'tokens.revoked': 'Unieważniony',
  'tokens.revoke': 'Unieważnij',
  'create.title': 'Utwórz token',
  'create.name': 'Nazwa',
  'create.nameHint': 'Do czego służy, aby można go było później rozpoznać. Na przykład: Nocny eksport wyników.',
  'create.submit': 'Utwórz token',
  'create.working': 'Tworzenie tokenu…',
  'create.errorTitle': 'Nie utworzono tokenu',
  'create.nameRequired': 'Wpisz nazwę tokenu',
  'created.title': 'Twój nowy token',
  'created.status': 'Token „{name}” został utworzony.',
  'created.warning':
    'Skopiuj go teraz i przechowuj w bezpiecznym miejscu, na przykład w menedżerze haseł lub w ustawieniach poufnych Twojej automatyzacji. Nie zostanie on ponownie wyświetlony. Każdy, kto go ma, może działać w Twoim imieniu.',
  'created.label': 'Token API „{name}”',
  'created.done': 'Token jest zapisany',
  copy: 'Kopiuj token',
  copied: 'Skopiowano token.',
  copyFailed: 'Token jest zaznaczony: skopiuj go za pomocą klawiatury lub menu.',
  'revoke.title': 'Unieważnić token „{name}”?',
  'revoke.body':
    'Skrypty i systemy, które go używają, natychmiast przestaną działać. Tej czynności nie można cofnąć, ale możesz utworzyć nowy token.',
  'revoke.confirm': 'Tak, unieważnij',
  'revoke.done': 'Token „{name}” został unieważniony.',
  'revoke.errorTitle': 'Nie unieważniono tokenu',
  cancel: 'Anuluj',
  'role.admin': 'administrator',
  'role.editor': 'redaktor',
  'role.moderator': 'moderator',
  'role.analyst': 'analityk',
};

export default messages;
