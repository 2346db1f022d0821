// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Notiek ielāde…',
  'common.retry': 'Mēģināt vēlreiz',
  'common.anonymous': 'Anonīms',
  'common.honeypot': 'Atstājiet šo lauku tukšu',
  'common.optional': '(nav obligāti)',
  'common.characters-left': {
    zero: 'Atlikušas {count} rakstzīmes',
    one: 'Atlikusi {count} rakstzīme',
    other: 'Atlikušas {count} rakstzīmes',
  },
  'common.characters-over': {
    zero: 'Teksts ir par {count} rakstzīmēm par garu',
    one: 'Teksts ir par {count} rakstzīmi par garu',
    other: 'Teksts ir par {count} rakstzīmēm par garu',
  },
  'error.offline': 'Šķiet, ka nav interneta savienojuma. Pārbaudiet savienojumu.',
  'error.network': 'Pašlaik nevaram sazināties ar pakalpojumu. Problēma nav Jūsu pusē.',
  'error.timeout': 'Pakalpojums atbild pārāk ilgi. Iespējams, tas ir noslogots.',
  'error.not-found': 'Šo saturu nevarēja atrast. Iespējams, tas ir izņemts.',
  'error.invalid-input': 'Daļa informācijas nav derīga. Pārbaudiet to un mēģiniet vēlreiz.',
  'error.already-done': 'Tas jau ir izdarīts.',
  'error.closed': 'Tas ir slēgts.',
  'error.rate-limited': 'Pārāk daudz mēģinājumu. Brīdi uzgaidiet un mēģiniet vēlreiz.',
  'error.unauthorised': 'Šai vietnei nav atļauts izmantot šo pakalpojumu.',
  'error.server': 'Radās kļūda mūsu pusē, nevis Jūsu.',
  'error.no-backend': 'Nav konfigurēta servera daļa: šim logrīkam ir nepieciešams galapunkts.',
  'error.retrying': 'Saturs ielādēsies automātiski, tiklīdz savienojums vai pakalpojums atkal būs pieejams.',
  'error.kept': 'Jūsu ievadītā informācija ir saglabāta: pēc brīža mēģiniet vēlreiz.',
  'error.unknown': 'Radās kļūda. Mēģiniet vēlreiz.',
  'time.relative-past': 'pirms mazāk nekā minūtes',
};

export default messages;
