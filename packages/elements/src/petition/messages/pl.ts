// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Ładowanie petycji…',
  'petition.full-text': 'Przeczytaj pełną treść petycji',
  'petition.signatures': {
    '=0': 'Nie ma jeszcze podpisów',
    one: '{count} podpis',
    few: '{count} podpisy',
    many: '{count} podpisów',
    other: '{count} podpisu',
  },
  'petition.progress': 'Zebrane podpisy: {count} z {goal} ({percent})',
  'petition.milestones': 'Etapy',
  'petition.milestone': {
    few: '{count} podpisy — {label}',
    many: '{count} podpisów — {label}',
    one: '{count} podpis — {label}',
    other: '{count} podpisu — {label}',
  },
  'petition.reached': '(✓ osiągnięto)',
  'petition.milestone-reached': 'Osiągnięto etap: {label}.',
  'petition.closes': 'Zbieranie podpisów trwa do {date}.',
  'petition.opens': 'Zbieranie podpisów pod tą petycją rozpocznie się {date}.',
  'petition.closed': 'Ta petycja jest zamknięta. Zbieranie podpisów zostało zakończone.',
  'petition.response': 'Oficjalna odpowiedź',
  'petition.responded-on': 'Opublikowano {date}.',
  'petition.recent': 'Ostatnio podpisali',
  'petition.sign': 'Podpisz tę petycję',
  'petition.name': 'Imię i nazwisko',
  'petition.email': 'Adres e-mail',
  'petition.email-hint': 'Wyślemy Ci link do potwierdzenia podpisu.',
  'petition.region': 'Miejsce zamieszkania',
  'petition.region-choose': 'Wybierz miejsce zamieszkania',
  'petition.consent':
    'Wyrażam zgodę na przetwarzanie mojego imienia i nazwiska, adresu e-mail i miejsca zamieszkania w celu zarejestrowania mojego podpisu, zgodnie z {privacy}.',
  'petition.privacy-notice': 'polityką prywatności',
  'petition.show-name': 'Pokaż moje imię i nazwisko na publicznej liście osób, które podpisały petycję',
  'petition.submit': 'Podpisz petycję',
  'petition.submitting': 'Podpisywanie…',
  'petition.error-summary': 'Wystąpił problem',
  'petition.error.name': 'Wpisz imię i nazwisko.',
  'petition.error.email-empty': 'Wpisz adres e-mail.',
  'petition.error.email': 'Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com.',
  'petition.error.region': 'Wybierz miejsce zamieszkania.',
  'petition.error.consent': 'Podpisanie petycji wymaga wyrażenia zgody.',
  'petition.check-email': 'Sprawdź pocztę e-mail',
  'petition.check-email-body':
    'Wysłaliśmy link na adres {email}. Otwórz go, aby potwierdzić podpis: podpis liczy się dopiero po potwierdzeniu.',
  'petition.check-email-help':
    'Jeśli w ciągu kilku minut nic nie przyjdzie, sprawdź folder ze spamem albo podpisz petycję ponownie, podając ten sam adres, aby otrzymać nowy link.',
  'petition.share': 'Udostępnij petycję',
  'petition.copied': 'Skopiowano link.',
};

export default messages;
