import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Pagina Tokenuri API, în limba română. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tokenuri API',
  'tokens.intro':
    'Un token API permite unui script sau altui sistem să folosească API-ul de administrare în numele dumneavoastră, pentru a automatiza activități precum un export nocturn al rezultatelor. Poate face tot ce permite rolul dumneavoastră ({role}).',
  'tokens.howTo': 'Scriptul trimite tokenul în antetul Authorization al fiecărei cereri:',
  'tokens.loading': 'Se încarcă tokenurile dumneavoastră…',
  'tokens.loadError': 'Tokenurile dumneavoastră nu au putut fi încărcate: {detail}',
  'tokens.retry': 'Încercați din nou',
  'tokens.none': 'Nu aveți niciun token API.',
  'tokens.caption': {
    one: 'Tokenul dumneavoastră',
    few: 'Cele {count} tokenuri ale dumneavoastră',
    other: 'Cele {count} de tokenuri ale dumneavoastră',
  },
  'col.name': 'Nume',
  'col.created': 'Creat',
  'col.lastUsed': 'Ultima utilizare',
  'col.status': 'Stare',
  'col.actions': 'Acțiuni',
  'tokens.never': 'Niciodată',
  'tokens.active': 'Activ',
  'tokens.revoked': 'Revocat',
  'tokens.revoke': 'Revocă',
  'create.title': 'Creați un token',
  'create.name': 'Nume',
  'create.nameHint': 'La ce folosește, ca să îl recunoașteți mai târziu. De exemplu: Export nocturn al rezultatelor.',
  'create.submit': 'Creează tokenul',
  'create.working': 'Se creează tokenul…',
  'create.errorTitle': 'Tokenul nu a fost creat',
  'create.nameRequired': 'Introduceți un nume pentru token',
  'created.title': 'Tokenul dumneavoastră nou',
  'created.status': 'Tokenul „{name}” a fost creat.',
  'created.warning':
    'Copiați-l acum și păstrați-l în siguranță, de exemplu într-un manager de parole sau în setările secrete ale automatizării. Nu va mai fi afișat. Oricine îl are poate acționa în numele dumneavoastră.',
  'created.label': 'Token API „{name}”',
  'created.done': 'L-am salvat',
  copy: 'Copiază tokenul',
  copied: 'Token copiat.',
  copyFailed: 'Tokenul este selectat: copiați-l cu tastatura sau din meniu.',
  'revoke.title': 'Revocați tokenul „{name}”?',
  'revoke.body':
    'Scripturile și sistemele care îl folosesc nu mai funcționează imediat. Acțiunea nu poate fi anulată, dar puteți crea un token nou.',
  'revoke.confirm': 'Da, revocă',
  'revoke.done': 'Tokenul „{name}” a fost revocat.',
  'revoke.errorTitle': 'Tokenul nu a fost revocat',
  cancel: 'Anulează',
  'role.admin': 'administrator',
  'role.editor': 'editor',
  'role.moderator': 'moderator',
  'role.analyst': 'analist',
};

export default messages;
