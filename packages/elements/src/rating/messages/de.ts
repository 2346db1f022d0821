// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Wird geladen…',
  'rating.stars': { one: '{count} Stern', other: '{count} Sterne' },
  'rating.yes': 'Ja',
  'rating.no': 'Nein',
  'rating.csat.1': 'Sehr unzufrieden',
  'rating.csat.2': 'Unzufrieden',
  'rating.csat.3': 'Weder zufrieden noch unzufrieden',
  'rating.csat.4': 'Zufrieden',
  'rating.csat.5': 'Sehr zufrieden',
  'rating.send': 'Bewertung senden',
  'rating.sending': 'Wird gesendet…',
  'rating.choose': 'Wählen Sie zuerst eine Bewertung aus.',
  'rating.thanks': 'Vielen Dank für Ihre Rückmeldung.',
  'rating.follow-up': 'Sagen Sie uns mehr (freiwillig)',
  'rating.reasons': 'Worum ging es?',
  'rating.comment': 'Kommentar',
  'rating.comment-hint': 'Geben Sie keine persönlichen Daten an, zum Beispiel Ihren Namen oder Ihre Adresse.',
  'rating.send-more': 'Senden',
  'rating.skip': 'Überspringen',
  'rating.done': 'Vielen Dank. Ihre Rückmeldung hilft uns, dieses Angebot zu verbessern.',
  'rating.yours': 'Ihre Bewertung: {score}.',
  'rating.change': 'Antwort ändern',
  'rating.closed': 'Im Moment sind hier keine Bewertungen möglich.',
  'rating.average': '{average} von 5',
  'rating.yes-share': '{percent} der Personen fanden dies hilfreich',
  'rating.count': { '=0': 'Noch keine Bewertungen', one: 'bei {count} Bewertung', other: 'bei {count} Bewertungen' },
  'rating.details-show': 'Alle Bewertungen anzeigen',
  'rating.details-hide': 'Alle Bewertungen ausblenden',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
