import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Vietņu lapa (izcelsmes, no kurām atļauts sūtīt balsis, komentārus, parakstus un vērtējumus) latviešu valodā. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Vietnes',
  'sites.intro':
    'Logrīkus var rādīt jebkura vietne, bet balsot, komentēt, parakstīt un vērtēt cilvēki var tikai to vietņu lapās, kuras šeit ir atļautas.',
  'sites.loading': 'Notiek ielāde…',
  'sites.loadError': 'Vietnes neizdevās ielādēt: {detail}',
  'sites.retry': 'Mēģināt vēlreiz',
  'sites.readOnly': 'Šo sarakstu var mainīt tikai administratori. Lūdziet kādam no viņiem atļaut Jūsu vietni.',
  'refused.title': 'Nesen atteiktās vietnes',
  'refused.intro':
    'Šo vietņu lapas mēģināja nosūtīt balsi, komentāru, parakstu vai vērtējumu, un tas tika atteikts. Ja vietne ir Jūsu, atļaujiet to.',
  'refused.none': 'Nesen neviena vietne nav atteikta.',
  'refused.caption': 'Atteiktās vietnes, jaunākās vispirms',
  'refused.allow': 'Atļaut',
  'refused.note': 'Atļauta no atteikto vietņu saraksta',
  'col.site': 'Vietne',
  'col.refusals': 'Atteiktie mēģinājumi',
  'col.lastRefused': 'Pēdējoreiz atteikta',
  'col.firstRefused': 'Pirmoreiz atteikta',
  'col.note': 'Piezīme',
  'col.addedBy': 'Pievienoja',
  'col.added': 'Pievienota',
  'col.action': 'Darbība',
  'allowed.title': 'Atļautās vietnes',
  'allowed.caption': 'Atļautās vietnes',
  'allowed.none': 'Vēl nav atļauta neviena vietne: cilvēki var piedalīties tikai šī servera lapās.',
  'allowed.fromEnvironment': 'Servera iestatījums',
  'allowed.fromEnvironmentNote': 'Iestatīts mainīgajā CIVIC_ALLOWED_ORIGINS: mainiet to servera iestatījumos.',
  'allowed.remove': 'Noņemt',
  'confirm.remove': 'Vai pārtraukt atļaut {origin}?',
  'confirm.removeBody':
    'Cilvēki tās lapās vairs nevarēs balsot, komentēt, parakstīt vai vērtēt. Logrīki, kas jau ir tās lapās, paliks redzami.',
  'confirm.yesRemove': 'Jā, noņemt',
  'confirm.cancel': 'Atcelt',
  'add.title': 'Atļaut vietni',
  'add.origin': 'Vietnes tīmekļa adrese',
  'add.originHint':
    'Piemēram, https://www.city.gov. Tiek atļautas visas šīs vietnes lapas; viss, kas seko vietnes nosaukumam, tiek ignorēts.',
  'add.note': 'Piezīme (nav obligāti)',
  'add.noteHint': 'Kas ir šī vietne un kas to uztur, lai citi zinātu, kāpēc tā ir atļauta. Ne vairāk kā 200 rakstzīmes.',
  'add.submit': 'Atļaut vietni',
  'add.saving': 'Notiek saglabāšana…',
  'add.errorTitle': 'Radusies problēma',
  'error.origin': 'Ievadiet vietnes tīmekļa adresi, piemēram, https://www.city.gov',
  'error.note': 'Piezīmē var būt ne vairāk kā 200 rakstzīmes',
  'notice.added': '{origin} ir atļauta: cilvēki tās lapās tagad var piedalīties.',
  'notice.removed': '{origin} vairs nav atļauta.',
};

export default messages;
