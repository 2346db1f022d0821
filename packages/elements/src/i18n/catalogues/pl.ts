// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Ładowanie…',
  'common.retry': 'Spróbuj ponownie',
  'common.anonymous': 'Anonim',
  'common.honeypot': 'Pozostaw to pole puste',
  'common.optional': '(nieobowiązkowe)',
  'common.characters-left': {
    one: 'Pozostał {count} znak',
    few: 'Pozostały {count} znaki',
    many: 'Pozostało {count} znaków',
    other: 'Pozostało {count} znaku',
  },
  'common.characters-over': {
    one: 'Przekroczono limit o {count} znak',
    few: 'Przekroczono limit o {count} znaki',
    many: 'Przekroczono limit o {count} znaków',
    other: 'Przekroczono limit o {count} znaku',
  },
  'error.offline': 'Prawdopodobnie nie masz połączenia z internetem. Sprawdź połączenie.',
  'error.network': 'Nie możemy teraz połączyć się z usługą. Problem nie leży po Twojej stronie.',
  'error.timeout': 'Usługa zbyt długo nie odpowiada. Może być przeciążona.',
  'error.not-found': 'Nie znaleziono tej treści. Mogła zostać usunięta.',
  'error.invalid-input': 'Niektóre dane są nieprawidłowe. Sprawdź je i spróbuj ponownie.',
  'error.already-done': 'Ta czynność została już wykonana.',
  'error.closed': 'To jest już zamknięte.',
  'error.rate-limited': 'Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.',
  'error.unauthorised': 'Ta strona nie ma uprawnień do korzystania z tej usługi.',
  'error.server': 'Coś poszło nie tak po naszej stronie, nie po Twojej.',
  'error.no-backend': 'Nie skonfigurowano serwera: ten widżet potrzebuje adresu usługi (endpoint).',
  'error.retrying': 'Treść załaduje się automatycznie, gdy połączenie lub usługa znów zaczną działać.',
  'error.kept': 'Wprowadzone dane zostały zachowane: spróbuj ponownie za chwilę.',
  'error.unknown': 'Coś poszło nie tak. Spróbuj ponownie.',
  'time.relative-past': 'mniej niż minutę temu',
};

export default messages;
