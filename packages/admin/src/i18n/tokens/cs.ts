import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Stránka API tokenů, česky. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API tokeny',
  'tokens.intro':
    'API token umožňuje skriptu nebo jinému systému používat administrační API za vás, například k automatizaci pravidelného nočního exportu výsledků. Může dělat to, co povoluje vaše role ({role}).',
  'tokens.howTo': 'Skript posílá token v hlavičce Authorization každého požadavku:',
  'tokens.loading': 'Načítání vašich tokenů…',
  'tokens.loadError': 'Vaše tokeny se nepodařilo načíst: {detail}',
  'tokens.retry': 'Zkusit znovu',
  'tokens.none': 'Nemáte žádné API tokeny.',
  'tokens.caption': {
    one: 'Váš {count} token',
    few: 'Vaše {count} tokeny',
    many: 'Vašich {count} tokenu',
    other: 'Vašich {count} tokenů',
  },
  'col.name': 'Název',
  'col.created': 'Vytvořeno',
  'col.lastUsed': 'Naposledy použito',
  'col.status': 'Stav',
  'col.actions': 'Akce',
  'tokens.never': 'Nikdy',
  'tokens.active': 'Aktivní',
  'tokens.revoked': 'Zrušený',
  'tokens.revoke': 'Zrušit',
  'create.title': 'Vytvořit token',
  'create.name': 'Název',
  'create.nameHint': 'K čemu slouží, abyste ho později poznali. Například: Noční export výsledků.',
  'create.submit': 'Vytvořit token',
  'create.working': 'Vytváření tokenu…',
  'create.errorTitle': 'Token nebyl vytvořen',
  'create.nameRequired': 'Zadejte název tokenu',
  'created.title': 'Váš nový token',
  'created.status': 'Token „{name}“ je vytvořen.',
  'created.warning':
    'Zkopírujte ho hned a bezpečně uložte, například do správce hesel nebo do tajných nastavení vaší automatizace. Znovu se už nezobrazí. Kdokoli, kdo ho má, může jednat vaším jménem.',
  'created.label': 'API token „{name}“',
  'created.done': 'Token mám uložený',
  copy: 'Kopírovat token',
  copied: 'Token byl zkopírován.',
  copyFailed: 'Token je označen: zkopírujte ho klávesnicí nebo z nabídky.',
  'revoke.title': 'Zrušit token „{name}“?',
  'revoke.body':
    'Skripty a systémy, které ho používají, okamžitě přestanou fungovat. Tuto akci nelze vrátit, ale můžete vytvořit nový token.',
  'revoke.confirm': 'Ano, zrušit',
  'revoke.done': 'Token „{name}“ je zrušen.',
  'revoke.errorTitle': 'Token nebyl zrušen',
  cancel: 'Storno',
  'role.admin': 'administrátor',
  'role.editor': 'editor',
  'role.moderator': 'moderátor',
  'role.analyst': 'analytik',
};

export default messages;
