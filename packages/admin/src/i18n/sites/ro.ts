import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Pagina Site-uri (originile autorizate să trimită voturi, comentarii, semnături și evaluări), în limba română. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Site-uri',
  'sites.intro':
    'Orice site poate afișa widgeturile, dar oamenii pot vota, comenta, semna și evalua numai pe paginile site-urilor permise aici.',
  'sites.loading': 'Se încarcă…',
  'sites.loadError': 'Site-urile nu au putut fi încărcate: {detail}',
  'sites.retry': 'Încercați din nou',
  'sites.readOnly': 'Numai administratorii pot modifica această listă. Cereți unuia dintre ei să vă permită site-ul.',
  'refused.title': 'Site-uri refuzate recent',
  'refused.intro':
    'Pagini de pe aceste site-uri au încercat să trimită un vot, un comentariu, o semnătură sau o evaluare și au fost refuzate. Dacă unul dintre aceste site-uri este al dumneavoastră, permiteți-l.',
  'refused.none': 'Niciun site nu a fost refuzat recent.',
  'refused.caption': 'Site-uri refuzate, cele mai recente întâi',
  'refused.allow': 'Permite',
  'refused.note': 'Permis din lista site-urilor refuzate',
  'col.site': 'Site',
  'col.refusals': 'Încercări refuzate',
  'col.lastRefused': 'Ultimul refuz',
  'col.firstRefused': 'Primul refuz',
  'col.note': 'Notă',
  'col.addedBy': 'Adăugat de',
  'col.added': 'Adăugat',
  'col.action': 'Acțiune',
  'allowed.title': 'Site-uri permise',
  'allowed.caption': 'Site-uri permise',
  'allowed.none': 'Încă nu este permis niciun site: oamenii pot participa numai pe paginile proprii ale acestui server.',
  'allowed.fromEnvironment': 'Setare a serverului',
  'allowed.fromEnvironmentNote': 'Definit în CIVIC_ALLOWED_ORIGINS: modificați-l în setările serverului.',
  'allowed.remove': 'Elimină',
  'confirm.remove': 'Nu mai permiteți {origin}?',
  'confirm.removeBody':
    'Oamenii de pe paginile sale nu vor mai putea vota, comenta, semna sau evalua. Widgeturile aflate deja pe paginile sale rămân vizibile.',
  'confirm.yesRemove': 'Da, elimină-l',
  'confirm.cancel': 'Anulează',
  'add.title': 'Permiteți un site',
  'add.origin': 'Adresa web a site-ului',
  'add.originHint':
    'De exemplu, https://www.city.gov. Sunt permise toate paginile acelui site; tot ce urmează după numele site-ului este ignorat.',
  'add.note': 'Notă (opțional)',
  'add.noteHint': 'Ce este site-ul și cine îl administrează, ca alții să știe de ce este permis. Cel mult 200 de caractere.',
  'add.submit': 'Permite site-ul',
  'add.saving': 'Se salvează…',
  'add.errorTitle': 'Există o problemă',
  'error.origin': 'Introduceți adresa web a site-ului, de exemplu https://www.city.gov',
  'error.note': 'Nota poate avea cel mult 200 de caractere',
  'notice.added': '{origin} este permis: oamenii de pe paginile sale pot participa acum.',
  'notice.removed': '{origin} nu mai este permis.',
};

export default messages;
