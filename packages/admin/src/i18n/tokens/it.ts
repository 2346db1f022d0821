import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** La pagina dei token API, in italiano. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Token API',
  'tokens.intro':
    'Un token API consente a uno script o a un altro sistema di usare l’API di amministrazione al Suo posto, per automatizzare attività come l’esportazione notturna dei risultati. Può fare ciò che il Suo ruolo consente ({role}).',
  'tokens.howTo': 'Lo script invia il token nell’intestazione Authorization di ogni richiesta:',
  'tokens.loading': 'Caricamento dei Suoi token…',
  'tokens.loadError': 'Non è stato possibile caricare i Suoi token: {detail}',
  'tokens.retry': 'Riprova',
  'tokens.none': 'Non ha alcun token API.',
  'tokens.caption': { one: 'Il Suo token ({count})', many: 'I Suoi {count} token', other: 'I Suoi {count} token' },
  'col.name': 'Nome',
  'col.created': 'Creato il',
  'col.lastUsed': 'Ultimo utilizzo',
  'col.status': 'Stato',
  'col.actions': 'Azioni',
  'tokens.never': 'Mai',
  'tokens.active': 'Attivo',
  'tokens.revoked': 'Revocato',
  'tokens.revoke': 'Revoca',
  'create.title': 'Crea un token',
  'create.name': 'Nome',
  'create.nameHint': 'A che cosa serve, per riconoscerlo in seguito. Ad esempio: Esportazione notturna dei risultati.',
  'create.submit': 'Crea il token',
  'create.working': 'Creazione del token…',
  'create.errorTitle': 'Il token non è stato creato',
  'create.nameRequired': 'Inserisca un nome per il token',
  'created.title': 'Il Suo nuovo token',
  'created.status': 'Il token «{name}» è stato creato.',
  'created.warning':
    'Lo copi ora e lo conservi in un luogo sicuro, ad esempio in un gestore di password o nelle impostazioni segrete della Sua automazione. Non verrà più mostrato. Chiunque lo possieda può agire a Suo nome.',
  'created.label': 'Token API «{name}»',
  'created.done': 'L’ho salvato',
  copy: 'Copia il token',
  copied: 'Token copiato.',
  copyFailed: 'Il token è selezionato: lo copi con la tastiera o con il menu.',
  'revoke.title': 'Revocare il token «{name}»?',
  'revoke.body':
    'Gli script e i sistemi che lo usano smettono subito di funzionare. L’operazione non può essere annullata, ma è possibile creare un nuovo token.',
  'revoke.confirm': 'Sì, revoca',
  'revoke.done': 'Il token «{name}» è stato revocato.',
  'revoke.errorTitle': 'Il token non è stato revocato',
  cancel: 'Annulla',
  'role.admin': 'amministratore',
  'role.editor': 'redattore',
  'role.moderator': 'moderatore',
  'role.analyst': 'analista',
};

export default messages;
