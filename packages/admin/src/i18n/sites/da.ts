import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Siden Websteder (oprindelser, der må sende stemmer, kommentarer, underskrifter og vurderinger), på dansk. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Websteder',
  'sites.intro':
    'Alle websteder kan vise widgetterne, men man kan kun stemme, kommentere, skrive under og give vurderinger på sider fra de websteder, der er tilladt her.',
  'sites.loading': 'Indlæser…',
  'sites.loadError': 'Webstederne kunne ikke indlæses: {detail}',
  'sites.retry': 'Prøv igen',
  'sites.readOnly': 'Kun administratorer kan ændre denne liste. Bed en administrator om at tillade dit websted.',
  'refused.title': 'Websteder afvist for nylig',
  'refused.intro':
    'Sider på disse websteder forsøgte at sende en stemme, en kommentar, en underskrift eller en vurdering og blev afvist. Hvis et websted er jeres, så tillad det.',
  'refused.none': 'Intet websted er blevet afvist for nylig.',
  'refused.caption': 'Afviste websteder, seneste først',
  'refused.allow': 'Tillad',
  'refused.note': 'Tilladt fra listen over afviste websteder',
  'col.site': 'Websted',
  'col.refusals': 'Afviste forsøg',
  'col.lastRefused': 'Senest afvist',
  'col.firstRefused': 'Først afvist',
  'col.note': 'Note',
  'col.addedBy': 'Tilføjet af',
  'col.added': 'Tilføjet',
  'col.action': 'Handling',
  'allowed.title': 'Tilladte websteder',
  'allowed.caption': 'Tilladte websteder',
  'allowed.none': 'Intet websted er tilladt endnu: man kan kun deltage på serverens egne sider.',
  'allowed.fromEnvironment': 'Serverindstilling',
  'allowed.fromEnvironmentNote': 'Angivet i CIVIC_ALLOWED_ORIGINS: ændr det i serverens indstillinger.',
  'allowed.remove': 'Fjern',
  'confirm.remove': 'Holde op med at tillade {origin}?',
  'confirm.removeBody':
    'Besøgende på dets sider vil ikke længere kunne stemme, kommentere, skrive under eller give vurderinger. Widgets, der allerede er på dets sider, forbliver synlige.',
  'confirm.yesRemove': 'Ja, fjern det',
  'confirm.cancel': 'Annuller',
  'add.title': 'Tillad et websted',
  'add.origin': 'Webstedets adresse',
  'add.originHint':
    'For eksempel https://www.city.gov. Alle sider på webstedet bliver tilladt; alt efter webstedets navn ignoreres.',
  'add.note': 'Note (valgfrit)',
  'add.noteHint': 'Hvad webstedet er, og hvem der driver det, så andre ved, hvorfor det er tilladt. Højst 200 tegn.',
  'add.submit': 'Tillad websted',
  'add.saving': 'Gemmer…',
  'add.errorTitle': 'Der er et problem',
  'error.origin': 'Skriv webstedets adresse, for eksempel https://www.city.gov',
  'error.note': 'Noten må højst være på 200 tegn',
  'notice.added': '{origin} er tilladt: besøgende på dets sider kan nu deltage.',
  'notice.removed': '{origin} er ikke længere tilladt.',
};

export default messages;
