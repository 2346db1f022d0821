import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Stránka API tokenov, po slovensky. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API tokeny',
  'tokens.intro':
    'API token umožňuje skriptu alebo inému systému používať administračné API za vás, napríklad na automatizáciu nočného exportu výsledkov. Môže robiť to, čo povoľuje vaša rola ({role}).',
  'tokens.howTo': 'Skript posiela token v hlavičke Authorization každej požiadavky:',
  'tokens.loading': 'Načítavajú sa vaše tokeny…',
  'tokens.loadError': 'Vaše tokeny sa nepodarilo načítať: {detail}',
  'tokens.retry': 'Skúsiť znova',
  'tokens.none': 'Nemáte žiadne API tokeny.',
  'tokens.caption': {
    one: 'Váš {count} token',
    few: 'Vaše {count} tokeny',
    many: 'Vašich {count} tokenu',
    other: 'Vašich {count} tokenov',
  },
  'col.name': 'Názov',
  'col.created': 'Vytvorené',
  'col.lastUsed': 'Naposledy použité',
  'col.status': 'Stav',
  'col.actions': 'Akcie',
  'tokens.never': 'Nikdy',
  'tokens.active': 'Aktívny',
  'tokens.revoked': 'Zrušený',
  'tokens.revoke': 'Zrušiť',
  'create.title': 'Vytvoriť token',
  'create.name': 'Názov',
  'create.nameHint': 'Na čo slúži, aby ste ho neskôr spoznali. Napríklad: Nočný export výsledkov.',
  'create.submit': 'Vytvoriť token',
  'create.working': 'Vytvára sa token…',
  'create.errorTitle': 'Token sa nevytvoril',
  'create.nameRequired': 'Zadajte názov tokenu',
  'created.title': 'Váš nový token',
  'created.status': 'Token „{name}“ je vytvorený.',
  'created.warning':
    'Skopírujte ho hneď a bezpečne uložte, napríklad do správcu hesiel alebo do tajných nastavení vašej automatizácie. Znova sa už nezobrazí. Ktokoľvek, kto ho má, môže konať vo vašom mene.',
  'created.label': 'API token „{name}“',
  'created.done': 'Token mám uložený',
  copy: 'Kopírovať token',
  copied: 'Token bol skopírovaný.',
  copyFailed: 'Token je označený: skopírujte ho klávesnicou alebo z ponuky.',
  'revoke.title': 'Zrušiť token „{name}“?',
  'revoke.body':
    'Skripty a systémy, ktoré ho používajú, okamžite prestanú fungovať. Túto akciu nemožno vrátiť späť, ale môžete vytvoriť nový token.',
  'revoke.confirm': 'Áno, zrušiť',
  'revoke.done': 'Token „{name}“ je zrušený.',
  'revoke.errorTitle': 'Token sa nezrušil',
  cancel: 'Zrušiť',
  'role.admin': 'administrátor',
  'role.editor': 'editor',
  'role.moderator': 'moderátor',
  'role.analyst': 'analytik',
};

export default messages;
