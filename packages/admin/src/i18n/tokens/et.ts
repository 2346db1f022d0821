import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API-tõendite leht, eesti keeles. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-tõendid',
  'tokens.intro':
    'API-tõend võimaldab skriptil või muul süsteemil kasutada haldus-API-t teie nimel, et automatiseerida näiteks tulemuste öist eksporti. See saab teha seda, mida teie roll lubab ({role}).',
  'tokens.howTo': 'Skript saadab tõendi iga päringu päises Authorization:',
  'tokens.loading': 'Teie tõendite laadimine…',
  'tokens.loadError': 'Teie tõendeid ei õnnestunud laadida: {detail}',
  'tokens.retry': 'Proovi uuesti',
  'tokens.none': 'Teil ei ole API-tõendeid.',
  'tokens.caption': { one: 'Teie {count} tõend', other: 'Teie {count} tõendit' },
  'col.name': 'Nimi',
  'col.created': 'Loodud',
  'col.lastUsed': 'Viimati kasutatud',
  'col.status': 'Olek',
  'col.actions': 'Toimingud',
  'tokens.never': 'Mitte kunagi',
  'tokens.active': 'Aktiivne',
  'tokens.revoked': 'Tühistatud',
  'tokens.revoke': 'Tühista',
  'create.title': 'Loo tõend',
  'create.name': 'Nimi',
  'create.nameHint': 'Milleks see on, et te selle hiljem ära tunneksite. Näiteks: Tulemuste öine eksport.',
  'create.submit': 'Loo tõend',
  'create.working': 'Tõendi loomine…',
  'create.errorTitle': 'Tõendit ei loodud',
  'create.nameRequired': 'Sisestage tõendi nimi',
  'created.title': 'Teie uus tõend',
  'created.status': 'Tõend „{name}“ on loodud.',
  'created.warning':
    'Kopeerige see kohe ja hoidke turvaliselt, näiteks paroolihalduris või oma automaatika salajastes seadetes. Seda ei näidata uuesti. Igaüks, kellel see on, saab tegutseda teie nimel.',
  'created.label': 'API-tõend „{name}“',
  'created.done': 'Olen selle salvestanud',
  copy: 'Kopeeri tõend',
  copied: 'Tõend on kopeeritud.',
  copyFailed: 'Tõend on valitud: kopeerige see klaviatuuri või menüü abil.',
  'revoke.title': 'Kas tühistada tõend „{name}“?',
  'revoke.body':
    'Seda kasutavad skriptid ja süsteemid lakkavad kohe töötamast. Seda ei saa tagasi võtta, kuid saate luua uue tõendi.',
  'revoke.confirm': 'Jah, tühista',
  'revoke.done': 'Tõend „{name}“ on tühistatud.',
  'revoke.errorTitle': 'Tõendit ei tühistatud',
  cancel: 'Loobu',
  'role.admin': 'administraator',
  'role.editor': 'toimetaja',
  'role.moderator': 'moderaator',
  'role.analyst': 'analüütik',
};

export default messages;
