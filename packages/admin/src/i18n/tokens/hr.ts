import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Stranica API tokena, na hrvatskom. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API tokeni',
  'tokens.intro':
    'API token omogućuje skripti ili drugom sustavu da u Vaše ime koristi administrativni API, kako bi se automatizirali poslovi poput noćnog izvoza rezultata. Može činiti ono što Vaša uloga dopušta ({role}).',
  'tokens.howTo': 'Skripta šalje token u zaglavlju Authorization svakog zahtjeva:',
  'tokens.loading': 'Učitavanje Vaših tokena…',
  'tokens.loadError': 'Vaše tokene nije bilo moguće učitati: {detail}',
  'tokens.retry': 'Pokušajte ponovno',
  'tokens.none': 'Nemate API tokena.',
  'tokens.caption': {
    one: 'Vaš {count} token',
    few: 'Vaša {count} tokena',
    other: 'Vaših {count} tokena',
  },
  'col.name': 'Naziv',
  'col.created': 'Izrađen',
  'col.lastUsed': 'Zadnja upotreba',
  'col.status': 'Status',
  'col.actions': 'Radnje',
  'tokens.never': 'Nikad',
  'tokens.active': 'Aktivan',
  'tokens.revoked': 'Opozvan',
  'tokens.revoke': 'Opozovite',
  'create.title': 'Izradite token',
  'create.name': 'Naziv',
  'create.nameHint': 'Čemu služi, kako biste ga kasnije prepoznali. Na primjer: Noćni izvoz rezultata.',
  'create.submit': 'Izradite token',
  'create.working': 'Izrada tokena…',
  'create.errorTitle': 'Token nije izrađen',
  'create.nameRequired': 'Unesite naziv tokena',
  'created.title': 'Vaš novi token',
  'created.status': 'Token „{name}“ je izrađen.',
  'created.warning':
    'Kopirajte ga sada i pohranite na sigurno mjesto, na primjer u upravitelj lozinki ili u tajne postavke svoje automatizacije. Više se neće prikazati. Svatko tko ga ima može djelovati u Vaše ime.',
  'created.label': 'API token „{name}“',
  'created.done': 'Pohranio/la sam ga',
  copy: 'Kopirajte token',
  copied: 'Token je kopiran.',
  copyFailed: 'Token je označen: kopirajte ga tipkovnicom ili putem izbornika.',
  'revoke.title': 'Opozvati token „{name}“?',
  'revoke.body':
    'Skripte i sustavi koji ga koriste odmah prestaju raditi. To se ne može poništiti, ali možete izraditi novi token.',
  'revoke.confirm': 'Da, opozovite',
  'revoke.done': 'Token „{name}“ je opozvan.',
  'revoke.errorTitle': 'Token nije opozvan',
  cancel: 'Odustanite',
  'role.admin': 'administrator',
  'role.editor': 'urednik',
  'role.moderator': 'moderator',
  'role.analyst': 'analitičar',
};

export default messages;
