import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Siden Nettsteder (opphav som får sende stemmer, kommentarer, underskrifter og vurderinger), på norsk bokmål. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Nettsteder',
  'sites.intro':
    'Alle nettsteder kan vise widgetene, men folk kan bare stemme, kommentere, skrive under og gi vurderinger på sider fra nettstedene som er tillatt her.',
  'sites.loading': 'Laster inn…',
  'sites.loadError': 'Nettstedene kunne ikke lastes inn: {detail}',
  'sites.retry': 'Prøv igjen',
  'sites.readOnly': 'Bare administratorer kan endre denne listen. Be en administrator om å tillate nettstedet ditt.',
  'refused.title': 'Nettsteder avvist nylig',
  'refused.intro':
    'Sider på disse nettstedene prøvde å sende en stemme, en kommentar, en underskrift eller en vurdering og ble avvist. Hvis et nettsted er deres, kan du tillate det.',
  'refused.none': 'Ingen nettsteder er avvist i det siste.',
  'refused.caption': 'Avviste nettsteder, siste først',
  'refused.allow': 'Tillat',
  'refused.note': 'Tillatt fra listen over avviste nettsteder',
  'col.site': 'Nettsted',
  'col.refusals': 'Avviste forsøk',
  'col.lastRefused': 'Sist avvist',
  'col.firstRefused': 'Først avvist',
  'col.note': 'Merknad',
  'col.addedBy': 'Lagt til av',
  'col.added': 'Lagt til',
  'col.action': 'Handling',
  'allowed.title': 'Tillatte nettsteder',
  'allowed.caption': 'Tillatte nettsteder',
  'allowed.none': 'Ingen nettsteder er tillatt ennå: folk kan bare delta på serverens egne sider.',
  'allowed.fromEnvironment': 'Serverinnstilling',
  'allowed.fromEnvironmentNote': 'Angitt i CIVIC_ALLOWED_ORIGINS: endre det i serverens innstillinger.',
  'allowed.remove': 'Fjern',
  'confirm.remove': 'Slutte å tillate {origin}?',
  'confirm.removeBody':
    'Folk på sidene der kan ikke lenger stemme, kommentere, skrive under eller gi vurderinger. Widgeter som allerede er på sidene, forblir synlige.',
  'confirm.yesRemove': 'Ja, fjern det',
  'confirm.cancel': 'Avbryt',
  'add.title': 'Tillat et nettsted',
  'add.origin': 'Nettadressen til nettstedet',
  'add.originHint':
    'For eksempel https://www.city.gov. Alle sider på nettstedet blir tillatt; alt etter nettstedets navn blir ignorert.',
  'add.note': 'Merknad (valgfritt)',
  'add.noteHint': 'Hva nettstedet er og hvem som driver det, slik at andre vet hvorfor det er tillatt. Høyst 200 tegn.',
  'add.submit': 'Tillat nettsted',
  'add.saving': 'Lagrer…',
  'add.errorTitle': 'Det er et problem',
  'error.origin': 'Skriv inn nettadressen til nettstedet, for eksempel https://www.city.gov',
  'error.note': 'Merknaden kan ha høyst 200 tegn',
  'notice.added': '{origin} er tillatt: folk på sidene der kan nå delta.',
  'notice.removed': '{origin} er ikke lenger tillatt.',
};

export default messages;
