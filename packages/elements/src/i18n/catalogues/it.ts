// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Caricamento…',
  'common.retry': 'Riprova',
  'common.anonymous': 'Anonimo',
  'common.honeypot': 'Lasci vuoto questo campo',
  'common.optional': '(facoltativo)',
  'common.characters-left': {
    one: 'Resta {count} carattere',
    many: 'Restano {count} caratteri',
    other: 'Restano {count} caratteri',
  },
  'common.characters-over': {
    one: 'C’è {count} carattere di troppo',
    many: 'Ci sono {count} caratteri di troppo',
    other: 'Ci sono {count} caratteri di troppo',
  },
  'error.offline': 'Sembra che manchi la connessione. Controlli il collegamento a Internet.',
  'error.network': 'Al momento non riusciamo a raggiungere il servizio. Il problema non dipende da Lei.',
  'error.timeout': 'Il servizio impiega troppo tempo a rispondere. Potrebbe essere sovraccarico.',
  'error.not-found': 'Non è stato possibile trovare questo contenuto. Potrebbe essere stato rimosso.',
  'error.invalid-input': 'Alcune informazioni non sono valide. Le controlli e riprovi.',
  'error.already-done': 'Ha già eseguito questa operazione.',
  'error.closed': 'La partecipazione è chiusa.',
  'error.rate-limited': 'Troppi tentativi. Attenda un momento e riprovi.',
  'error.unauthorised': 'Questo sito non è autorizzato a usare questo servizio.',
  'error.server': 'Si è verificato un errore da parte nostra, non da parte Sua.',
  'error.no-backend': 'Nessun backend configurato: questo widget ha bisogno di un endpoint.',
  'error.retrying': 'Il contenuto si caricherà da solo quando la connessione o il servizio torneranno disponibili.',
  'error.kept': 'Quanto ha inserito è stato conservato: riprovi tra poco.',
  'error.unknown': 'Si è verificato un errore. Riprovi.',
  'time.relative-past': 'meno di un minuto fa',
};

export default messages;
