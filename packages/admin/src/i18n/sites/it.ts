import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** La pagina Siti, in italiano. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Siti',
  'sites.intro':
    'Qualsiasi sito web può mostrare i widget, ma le persone possono votare, commentare, firmare e valutare solo sulle pagine dei siti autorizzati qui.',
  'sites.loading': 'Caricamento…',
  'sites.loadError': 'Non è stato possibile caricare i siti: {detail}',
  'sites.retry': 'Riprova',
  'sites.readOnly': 'Solo gli amministratori possono modificare questo elenco. Chieda a uno di loro di autorizzare il Suo sito.',
  'refused.title': 'Siti rifiutati di recente',
  'refused.intro':
    'Alcune pagine di questi siti hanno tentato di inviare un voto, un commento, una firma o una valutazione e sono state rifiutate. Se un sito è Suo, lo autorizzi.',
  'refused.none': 'Di recente non è stato rifiutato alcun sito.',
  'refused.caption': 'Siti rifiutati, dal più recente',
  'refused.allow': 'Autorizza',
  'refused.note': 'Autorizzato dall’elenco dei siti rifiutati',
  'col.site': 'Sito',
  'col.refusals': 'Tentativi rifiutati',
  'col.lastRefused': 'Ultimo rifiuto',
  'col.firstRefused': 'Primo rifiuto',
  'col.note': 'Nota',
  'col.addedBy': 'Aggiunto da',
  'col.added': 'Aggiunto il',
  'col.action': 'Azione',
  'allowed.title': 'Siti autorizzati',
  'allowed.caption': 'Siti autorizzati',
  'allowed.none': 'Nessun sito è ancora autorizzato: le persone possono partecipare solo sulle pagine di questo server.',
  'allowed.fromEnvironment': 'Impostazione del server',
  'allowed.fromEnvironmentNote': 'Definito in CIVIC_ALLOWED_ORIGINS: lo modifichi nelle impostazioni del server.',
  'allowed.remove': 'Rimuovi',
  'confirm.remove': 'Revocare l’autorizzazione a {origin}?',
  'confirm.removeBody':
    'Le persone sulle sue pagine non potranno più votare, commentare, firmare o valutare. I widget già presenti sulle sue pagine restano visibili.',
  'confirm.yesRemove': 'Sì, rimuovi',
  'confirm.cancel': 'Annulla',
  'add.title': 'Autorizza un sito',
  'add.origin': 'Indirizzo web del sito',
  'add.originHint':
    'Ad esempio https://www.city.gov. Tutte le pagine del sito sono autorizzate; tutto ciò che segue il nome del sito viene ignorato.',
  'add.note': 'Nota (facoltativa)',
  'add.noteHint': 'Che cos’è il sito e chi lo gestisce, perché gli altri sappiano perché è autorizzato. Massimo 200 caratteri.',
  'add.submit': 'Autorizza il sito',
  'add.saving': 'Salvataggio…',
  'add.errorTitle': 'C’è un problema',
  'error.origin': 'Inserisca l’indirizzo web del sito, ad esempio https://www.city.gov',
  'error.note': 'La nota può contenere al massimo 200 caratteri',
  'notice.added': '{origin} è autorizzato: le persone sulle sue pagine ora possono partecipare.',
  'notice.removed': '{origin} non è più autorizzato.',
};

export default messages;
