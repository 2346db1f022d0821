import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** De pagina Websites, in het Nederlands. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Websites',
  'sites.intro':
    'Elke website kan de widgets tonen, maar mensen kunnen alleen stemmen, reageren, tekenen en beoordelen op pagina’s van de websites die hier zijn toegestaan.',
  'sites.loading': 'Laden…',
  'sites.loadError': 'De websites konden niet worden geladen: {detail}',
  'sites.retry': 'Opnieuw proberen',
  'sites.readOnly': 'Alleen beheerders kunnen deze lijst wijzigen. Vraag een beheerder om uw website toe te staan.',
  'refused.title': 'Onlangs geweigerde websites',
  'refused.intro':
    'Pagina’s op deze websites probeerden een stem, reactie, handtekening of beoordeling te versturen en werden geweigerd. Is een website van u? Sta die dan toe.',
  'refused.none': 'Er is onlangs geen website geweigerd.',
  'refused.caption': 'Geweigerde websites, meest recente eerst',
  'refused.allow': 'Toestaan',
  'refused.note': 'Toegestaan vanuit de lijst met geweigerde websites',
  'col.site': 'Website',
  'col.refusals': 'Geweigerde pogingen',
  'col.lastRefused': 'Laatst geweigerd',
  'col.firstRefused': 'Eerst geweigerd',
  'col.note': 'Notitie',
  'col.addedBy': 'Toegevoegd door',
  'col.added': 'Toegevoegd',
  'col.action': 'Actie',
  'allowed.title': 'Toegestane websites',
  'allowed.caption': 'Toegestane websites',
  'allowed.none': 'Er is nog geen website toegestaan: mensen kunnen alleen meedoen op de eigen pagina’s van deze server.',
  'allowed.fromEnvironment': 'Serverinstelling',
  'allowed.fromEnvironmentNote': 'Ingesteld in CIVIC_ALLOWED_ORIGINS: wijzig dit in de instellingen van de server.',
  'allowed.remove': 'Verwijderen',
  'confirm.remove': '{origin} niet langer toestaan?',
  'confirm.removeBody':
    'Mensen op de pagina’s van deze website kunnen dan niet meer stemmen, reageren, tekenen of beoordelen. Widgets die al op de pagina’s staan, blijven zichtbaar.',
  'confirm.yesRemove': 'Ja, verwijderen',
  'confirm.cancel': 'Annuleren',
  'add.title': 'Een website toestaan',
  'add.origin': 'Webadres van de website',
  'add.originHint':
    'Zoals https://www.city.gov. Elke pagina van die website wordt toegestaan; alles na de naam van de website wordt genegeerd.',
  'add.note': 'Notitie (niet verplicht)',
  'add.noteHint': 'Wat de website is en wie die beheert, zodat anderen weten waarom die is toegestaan. Maximaal 200 tekens.',
  'add.submit': 'Website toestaan',
  'add.saving': 'Opslaan…',
  'add.errorTitle': 'Er is een probleem',
  'error.origin': 'Vul het webadres van de website in, zoals https://www.city.gov',
  'error.note': 'De notitie mag maximaal 200 tekens lang zijn',
  'notice.added': '{origin} is toegestaan: mensen op de pagina’s van deze website kunnen nu meedoen.',
  'notice.removed': '{origin} is niet langer toegestaan.',
};

export default messages;
