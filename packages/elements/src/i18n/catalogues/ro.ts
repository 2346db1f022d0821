// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Se încarcă…',
  'common.retry': 'Încercați din nou',
  'common.anonymous': 'Anonim',
  'common.honeypot': 'Lăsați acest câmp gol',
  'common.optional': '(opțional)',
  'common.characters-left': {
    one: 'Mai aveți {count} caracter',
    few: 'Mai aveți {count} caractere',
    other: 'Mai aveți {count} de caractere',
  },
  'common.characters-over': {
    one: 'Ați depășit limita cu {count} caracter',
    few: 'Ați depășit limita cu {count} caractere',
    other: 'Ați depășit limita cu {count} de caractere',
  },
  'error.offline': 'Se pare că nu există conexiune la internet. Verificați conexiunea.',
  'error.network': 'Momentan nu putem accesa serviciul. Problema nu este la dumneavoastră.',
  'error.timeout': 'Serviciul răspunde prea greu. Este posibil să fie supraîncărcat.',
  'error.not-found': 'Acest conținut nu a fost găsit. Este posibil să fi fost șters.',
  'error.invalid-input': 'Unele informații nu sunt valide. Verificați-le și încercați din nou.',
  'error.already-done': 'Ați făcut deja acest lucru.',
  'error.closed': 'Participarea este închisă.',
  'error.rate-limited': 'Prea multe încercări. Așteptați puțin și încercați din nou.',
  'error.unauthorised': 'Acest site nu are permisiunea de a folosi acest serviciu.',
  'error.server': 'A apărut o problemă la noi, nu la dumneavoastră.',
  'error.no-backend': 'Niciun server configurat: acest widget are nevoie de un endpoint.',
  'error.retrying': 'Conținutul se va încărca singur când conexiunea sau serviciul vor fi din nou disponibile.',
  'error.kept': 'Ce ați introdus a fost păstrat: încercați din nou peste câteva momente.',
  'error.unknown': 'A apărut o problemă. Încercați din nou.',
  'time.relative-past': 'acum mai puțin de un minut',
};

export default messages;
