import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Stran Žetoni API v slovenščini. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Žetoni API',
  'tokens.intro':
    'Žeton API omogoča skripti ali drugemu sistemu, da v vašem imenu uporablja skrbniški API, na primer za samodejni nočni izvoz rezultatov. Lahko naredi vse, kar dovoljuje vaša vloga ({role}).',
  'tokens.howTo': 'Skripta pošlje žeton v glavi Authorization vsake zahteve:',
  'tokens.loading': 'Nalaganje vaših žetonov…',
  'tokens.loadError': 'Vaših žetonov ni bilo mogoče naložiti: {detail}',
  'tokens.retry': 'Poskusi znova',
  'tokens.none': 'Nimate žetonov API.',
  'tokens.caption': {
    one: 'Vaši žetoni ({count})',
    two: 'Vaši žetoni ({count})',
    few: 'Vaši žetoni ({count})',
    other: 'Vaši žetoni ({count})',
  },
  'col.name': 'Ime',
  'col.created': 'Ustvarjen',
  'col.lastUsed': 'Nazadnje uporabljen',
  'col.status': 'Stanje',
  'col.actions': 'Dejanja',
  'tokens.never': 'Nikoli',
  'tokens.active': 'Aktiven',
  'tokens.revoked': 'Preklican',
  'tokens.revoke': 'Prekliči žeton',
  'create.title': 'Ustvarite žeton',
  'create.name': 'Ime',
  'create.nameHint': 'Čemu je namenjen, da ga boste pozneje prepoznali. Na primer: Nočni izvoz rezultatov.',
  'create.submit': 'Ustvari žeton',
  'create.working': 'Ustvarjanje žetona…',
  'create.errorTitle': 'Žeton ni bil ustvarjen',
  'create.nameRequired': 'Vpišite ime žetona',
  'created.title': 'Vaš novi žeton',
  'created.status': 'Žeton „{name}“ je ustvarjen.',
  'created.warning':
    'Kopirajte ga zdaj in ga varno shranite, na primer v upravitelj gesel ali v skrivne nastavitve vaše avtomatizacije. Ne bo več prikazan. Kdor ga ima, lahko deluje v vašem imenu.',
  'created.label': 'Žeton API „{name}“',
  'created.done': 'Žeton je shranjen',
  copy: 'Kopiraj žeton',
  copied: 'Žeton je kopiran.',
  copyFailed: 'Žeton je izbran: kopirajte ga s tipkovnico ali prek menija.',
  'revoke.title': 'Želite preklicati žeton „{name}“?',
  'revoke.body':
    'Skripte in sistemi, ki ga uporabljajo, takoj prenehajo delovati. Tega ni mogoče razveljaviti, lahko pa ustvarite nov žeton.',
  'revoke.confirm': 'Da, prekliči',
  'revoke.done': 'Žeton „{name}“ je preklican.',
  'revoke.errorTitle': 'Žeton ni bil preklican',
  cancel: 'Prekliči',
  'role.admin': 'skrbnik',
  'role.editor': 'urednik',
  'role.moderator': 'moderator',
  'role.analyst': 'analitik',
};

export default messages;
