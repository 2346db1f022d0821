import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Sidan API-nycklar, på svenska. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-nycklar',
  'tokens.intro':
    'Med en API-nyckel kan ett skript eller ett annat system använda administrations-API:t åt dig, för att automatisera arbete som en nattlig export av resultat. Den kan göra det som din roll tillåter ({role}).',
  'tokens.howTo': 'Skriptet skickar nyckeln i Authorization-huvudet i varje anrop:',
  'tokens.loading': 'Laddar dina nycklar…',
  'tokens.loadError': 'Dina nycklar kunde inte laddas: {detail}',
  'tokens.retry': 'Försök igen',
  'tokens.none': 'Du har inga API-nycklar.',
  'tokens.caption': { one: 'Din {count} nyckel', other: 'Dina {count} nycklar' },
  'col.name': 'Namn',
  'col.created': 'Skapad',
  'col.lastUsed': 'Senast använd',
  'col.status': 'Status',
  'col.actions': 'Åtgärder',
  'tokens.never': 'Aldrig',
  'tokens.active': 'Aktiv',
  'tokens.revoked': 'Återkallad',
  'tokens.revoke': 'Återkalla',
  'create.title': 'Skapa en nyckel',
  'create.name': 'Namn',
  'create.nameHint': 'Vad den används till, så att du känner igen den senare. Till exempel: Nattlig export av resultat.',
  'create.submit': 'Skapa nyckel',
  'create.working': 'Skapar nyckeln…',
  'create.errorTitle': 'Nyckeln skapades inte',
  'create.nameRequired': 'Skriv ett namn på nyckeln',
  'created.title': 'Din nya nyckel',
  'created.status': 'Nyckeln ”{name}” har skapats.',
  'created.warning':
    'Kopiera den nu och förvara den säkert, till exempel i en lösenordshanterare eller i de hemliga inställningarna för din automatisering. Den visas inte igen. Den som har den kan agera som du.',
  'created.label': 'API-nyckel ”{name}”',
  'created.done': 'Jag har sparat den',
  copy: 'Kopiera nyckel',
  copied: 'Nyckeln har kopierats.',
  copyFailed: 'Nyckeln är markerad: kopiera den med tangentbordet eller menyn.',
  'revoke.title': 'Återkalla nyckeln ”{name}”?',
  'revoke.body':
    'Skript och system som använder den slutar fungera direkt. Det går inte att ångra, men du kan skapa en ny nyckel.',
  'revoke.confirm': 'Ja, återkalla',
  'revoke.done': 'Nyckeln ”{name}” har återkallats.',
  'revoke.errorTitle': 'Nyckeln återkallades inte',
  cancel: 'Avbryt',
  'role.admin': 'administratör',
  'role.editor': 'redaktör',
  'role.moderator': 'moderator',
  'role.analyst': 'analytiker',
};

export default messages;
