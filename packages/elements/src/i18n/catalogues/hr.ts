// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Učitavanje…',
  'common.retry': 'Pokušajte ponovno',
  'common.anonymous': 'Anonimno',
  'common.honeypot': 'Ostavite ovo polje prazno',
  'common.optional': '(neobavezno)',
  'common.characters-left': {
    one: 'Preostao je {count} znak',
    few: 'Preostala su {count} znaka',
    other: 'Preostalo je {count} znakova',
  },
  'common.characters-over': {
    one: 'Imate {count} znak previše',
    few: 'Imate {count} znaka previše',
    other: 'Imate {count} znakova previše',
  },
  'error.offline': 'Čini se da niste povezani s internetom. Provjerite vezu.',
  'error.network': 'Trenutačno ne možemo pristupiti usluzi. Problem nije na Vašoj strani.',
  'error.timeout': 'Usluga predugo ne odgovara. Možda je preopterećena.',
  'error.not-found': 'Ovaj sadržaj nije pronađen. Možda je uklonjen.',
  'error.invalid-input': 'Neki podaci nisu ispravni. Provjerite ih i pokušajte ponovno.',
  'error.already-done': 'Ovo ste već učinili.',
  'error.closed': 'Ovo je već zatvoreno.',
  'error.rate-limited': 'Previše pokušaja. Pričekajte trenutak i pokušajte ponovno.',
  'error.unauthorised': 'Ova web-stranica nema dopuštenje za korištenje ove usluge.',
  'error.server': 'Došlo je do pogreške kod nas, a ne kod Vas.',
  'error.no-backend': 'Poslužitelj nije konfiguriran: ovom widgetu potrebna je adresa usluge (endpoint).',
  'error.retrying': 'Sadržaj će se sam učitati kad se veza ili usluga ponovno uspostave.',
  'error.kept': 'Uneseni podaci su sačuvani: pokušajte ponovno za trenutak.',
  'error.unknown': 'Došlo je do pogreške. Pokušajte ponovno.',
  'time.relative-past': 'prije manje od minute',
};

export default messages;
