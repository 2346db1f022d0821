import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Die Seite der Websites (Herkunft von Stimmen, Kommentaren, Unterschriften und Bewertungen), auf Deutsch. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Websites',
  'sites.intro':
    'Jede Website kann die Widgets anzeigen, aber abstimmen, kommentieren, unterschreiben und bewerten können die Menschen nur auf Seiten der hier zugelassenen Websites.',
  'sites.loading': 'Wird geladen…',
  'sites.loadError': 'Die Websites konnten nicht geladen werden: {detail}',
  'sites.retry': 'Erneut versuchen',
  'sites.readOnly':
    'Nur Administratorinnen und Administratoren können diese Liste ändern. Bitten Sie eine Person mit dieser Rolle, Ihre Website zuzulassen.',
  'refused.title': 'Kürzlich abgelehnte Websites',
  'refused.intro':
    'Seiten dieser Websites haben versucht, eine Stimme, einen Kommentar, eine Unterschrift oder eine Bewertung zu senden, und wurden abgelehnt. Wenn eine Website zu Ihnen gehört, lassen Sie sie zu.',
  'refused.none': 'In letzter Zeit wurde keine Website abgelehnt.',
  'refused.caption': 'Abgelehnte Websites, neueste zuerst',
  'refused.allow': 'Zulassen',
  'refused.note': 'Aus der Liste der abgelehnten Websites zugelassen',
  'col.site': 'Website',
  'col.refusals': 'Abgelehnte Versuche',
  'col.lastRefused': 'Zuletzt abgelehnt',
  'col.firstRefused': 'Zuerst abgelehnt',
  'col.note': 'Notiz',
  'col.addedBy': 'Hinzugefügt von',
  'col.added': 'Hinzugefügt',
  'col.action': 'Aktion',
  'allowed.title': 'Zugelassene Websites',
  'allowed.caption': 'Zugelassene Websites',
  'allowed.none': 'Noch ist keine Website zugelassen: Die Menschen können nur auf den eigenen Seiten dieses Servers teilnehmen.',
  'allowed.fromEnvironment': 'Servereinstellung',
  'allowed.fromEnvironmentNote': 'Festgelegt in CIVIC_ALLOWED_ORIGINS: Ändern Sie dies in den Einstellungen des Servers.',
  'allowed.remove': 'Entfernen',
  'confirm.remove': '{origin} nicht mehr zulassen?',
  'confirm.removeBody':
    'Auf ihren Seiten kann dann niemand mehr abstimmen, kommentieren, unterschreiben oder bewerten. Widgets, die bereits auf ihren Seiten sind, bleiben sichtbar.',
  'confirm.yesRemove': 'Ja, entfernen',
  'confirm.cancel': 'Abbrechen',
  'add.title': 'Website zulassen',
  'add.origin': 'Webadresse der Website',
  'add.originHint':
    'Zum Beispiel https://www.city.gov. Jede Seite dieser Website wird zugelassen; alles nach dem Namen der Website wird ignoriert.',
  'add.note': 'Notiz (freiwillig)',
  'add.noteHint':
    'Was die Website ist und wer sie betreibt, damit andere wissen, warum sie zugelassen ist. Höchstens 200 Zeichen.',
  'add.submit': 'Website zulassen',
  'add.saving': 'Wird gespeichert…',
  'add.errorTitle': 'Es gibt ein Problem',
  'error.origin': 'Geben Sie die Webadresse der Website ein, zum Beispiel https://www.city.gov',
  'error.note': 'Die Notiz darf höchstens 200 Zeichen lang sein',
  'notice.added': '{origin} ist zugelassen: Menschen auf ihren Seiten können jetzt teilnehmen.',
  'notice.removed': '{origin} ist nicht mehr zugelassen.',
};

export default messages;
