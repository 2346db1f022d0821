// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Petition wird geladen…',
  'petition.full-text': 'Ganze Petition lesen',
  'petition.signatures': { '=0': 'Noch keine Unterschriften', one: '{count} Unterschrift', other: '{count} Unterschriften' },
  'petition.progress': 'Unterschriften: {count} von {goal} ({percent})',
  'petition.milestones': 'Zwischenziele',
  'petition.milestone': { one: '{count} Unterschrift – {label}', other: '{count} Unterschriften – {label}' },
  'petition.reached': '(✓ erreicht)',
  'petition.milestone-reached': 'Zwischenziel erreicht: {label}.',
  'petition.closes': 'Sie können bis zum {date} unterschreiben.',
  'petition.opens': 'Diese Petition kann ab dem {date} unterschrieben werden.',
  'petition.closed': 'Diese Petition ist beendet. Es werden keine Unterschriften mehr gesammelt.',
  'petition.response': 'Offizielle Stellungnahme',
  'petition.responded-on': 'Veröffentlicht am {date}.',
  'petition.recent': 'Zuletzt unterschrieben',
  'petition.sign': 'Diese Petition unterschreiben',
  'petition.name': 'Vor- und Nachname',
  'petition.email': 'E-Mail-Adresse',
  'petition.email-hint': 'Wir senden Ihnen einen Link, mit dem Sie Ihre Unterschrift bestätigen.',
  'petition.region': 'Wohnort',
  'petition.region-choose': 'Wählen Sie Ihren Wohnort',
  'petition.consent':
    'Ich bin einverstanden, dass mein Name, meine E-Mail-Adresse und mein Wohnort verarbeitet werden, um meine Unterschrift zu erfassen, wie in der {privacy} beschrieben.',
  'petition.privacy-notice': 'Datenschutzerklärung',
  'petition.show-name': 'Meinen Namen öffentlich in der Liste der Unterschriften anzeigen',
  'petition.submit': 'Petition unterschreiben',
  'petition.submitting': 'Unterschrift wird gesendet…',
  'petition.error-summary': 'Es gibt ein Problem',
  'petition.error.name': 'Geben Sie Ihren Vor- und Nachnamen ein.',
  'petition.error.email-empty': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'petition.error.email': 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com.',
  'petition.error.region': 'Wählen Sie Ihren Wohnort aus.',
  'petition.error.consent': 'Sie müssen zustimmen, bevor Sie unterschreiben können.',
  'petition.check-email': 'Prüfen Sie Ihre E-Mails',
  'petition.check-email-body':
    'Wir haben einen Link an {email} gesendet. Öffnen Sie ihn, um Ihre Unterschrift zu bestätigen: Sie zählt erst nach der Bestätigung.',
  'petition.check-email-help':
    'Wenn in den nächsten Minuten nichts ankommt, schauen Sie in Ihrem Spam-Ordner nach. Oder unterschreiben Sie noch einmal mit derselben Adresse, um einen neuen Link zu erhalten.',
  'petition.share': 'Diese Petition teilen',
  'petition.copied': 'Link kopiert.',
};

export default messages;
