// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.anonymous': 'Anonym',
  'common.honeypot': 'Dieses Feld bitte leer lassen',
  'common.optional': '(freiwillig)',
  'common.characters-left': {
    one: 'Sie können noch {count} Zeichen eingeben',
    other: 'Sie können noch {count} Zeichen eingeben',
  },
  'common.characters-over': {
    one: 'Sie haben {count} Zeichen zu viel eingegeben',
    other: 'Sie haben {count} Zeichen zu viel eingegeben',
  },
  'error.offline': 'Sie sind anscheinend offline. Prüfen Sie Ihre Internetverbindung.',
  'error.network': 'Der Dienst ist im Moment nicht erreichbar. Das Problem liegt nicht bei Ihnen.',
  'error.timeout': 'Der Dienst braucht zu lange für eine Antwort. Vielleicht ist er gerade überlastet.',
  'error.not-found': 'Dieser Inhalt wurde nicht gefunden. Vielleicht wurde er entfernt.',
  'error.invalid-input': 'Einige Angaben sind nicht gültig. Prüfen Sie sie und versuchen Sie es erneut.',
  'error.already-done': 'Das haben Sie bereits erledigt.',
  'error.closed': 'Dies ist bereits geschlossen.',
  'error.rate-limited': 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'error.unauthorised': 'Diese Website darf diesen Dienst nicht nutzen.',
  'error.server': 'Bei uns ist ein Fehler aufgetreten, nicht bei Ihnen.',
  'error.no-backend': 'Kein Backend eingerichtet: Dieses Widget benötigt einen Endpunkt.',
  'error.retrying': 'Der Inhalt wird automatisch geladen, sobald die Verbindung oder der Dienst wieder verfügbar ist.',
  'error.kept': 'Ihre Eingaben bleiben erhalten: Versuchen Sie es gleich noch einmal.',
  'error.unknown': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  'time.relative-past': 'vor weniger als einer Minute',
};

export default messages;
