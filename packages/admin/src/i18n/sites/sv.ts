import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Sidan Webbplatser (ursprung som får skicka röster, kommentarer, underskrifter och betyg), på svenska. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Webbplatser',
  'sites.intro':
    'Alla webbplatser kan visa widgetarna, men man kan rösta, kommentera, skriva under och lämna betyg bara på sidor från de webbplatser som tillåts här.',
  'sites.loading': 'Laddar…',
  'sites.loadError': 'Webbplatserna kunde inte laddas: {detail}',
  'sites.retry': 'Försök igen',
  'sites.readOnly': 'Bara administratörer kan ändra den här listan. Be en administratör att tillåta din webbplats.',
  'refused.title': 'Nyligen nekade webbplatser',
  'refused.intro':
    'Sidor på de här webbplatserna försökte skicka en röst, en kommentar, en underskrift eller ett betyg och nekades. Om en webbplats är er egen kan du tillåta den.',
  'refused.none': 'Ingen webbplats har nekats på sistone.',
  'refused.caption': 'Nekade webbplatser, senaste först',
  'refused.allow': 'Tillåt',
  'refused.note': 'Tillåten från listan över nekade webbplatser',
  'col.site': 'Webbplats',
  'col.refusals': 'Nekade försök',
  'col.lastRefused': 'Senast nekad',
  'col.firstRefused': 'Först nekad',
  'col.note': 'Anteckning',
  'col.addedBy': 'Tillagd av',
  'col.added': 'Tillagd',
  'col.action': 'Åtgärd',
  'allowed.title': 'Tillåtna webbplatser',
  'allowed.caption': 'Tillåtna webbplatser',
  'allowed.none': 'Ingen webbplats är tillåten än: man kan bara delta på serverns egna sidor.',
  'allowed.fromEnvironment': 'Serverinställning',
  'allowed.fromEnvironmentNote': 'Anges i CIVIC_ALLOWED_ORIGINS: ändra det i serverns inställningar.',
  'allowed.remove': 'Ta bort',
  'confirm.remove': 'Sluta tillåta {origin}?',
  'confirm.removeBody':
    'Besökare på dess sidor kommer inte längre att kunna rösta, kommentera, skriva under eller lämna betyg. Widgetar som redan finns på dess sidor syns fortfarande.',
  'confirm.yesRemove': 'Ja, ta bort',
  'confirm.cancel': 'Avbryt',
  'add.title': 'Tillåt en webbplats',
  'add.origin': 'Webbplatsens adress',
  'add.originHint':
    'Till exempel https://www.city.gov. Alla sidor på webbplatsen tillåts; allt efter webbplatsens namn ignoreras.',
  'add.note': 'Anteckning (frivillig)',
  'add.noteHint': 'Vad webbplatsen är och vem som driver den, så att andra vet varför den är tillåten. Högst 200 tecken.',
  'add.submit': 'Tillåt webbplats',
  'add.saving': 'Sparar…',
  'add.errorTitle': 'Det finns ett problem',
  'error.origin': 'Skriv webbplatsens adress, till exempel https://www.city.gov',
  'error.note': 'Anteckningen får vara högst 200 tecken',
  'notice.added': '{origin} är tillåten: besökare på dess sidor kan nu delta.',
  'notice.removed': '{origin} är inte längre tillåten.',
};

export default messages;
