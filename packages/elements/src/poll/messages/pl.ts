// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Ładowanie ankiety…',
  'poll.vote': 'Zagłosuj',
  'poll.submitting': 'Wysyłanie głosu…',
  'poll.change-vote': 'Zmień głos',
  'poll.keep-vote': 'Zachowaj mój głos',
  'poll.hint-single': 'Wybierz jedną odpowiedź.',
  'poll.hint-multiple': {
    one: 'Wybierz jedną odpowiedź.',
    few: 'Wybierz maksymalnie {count} odpowiedzi.',
    many: 'Wybierz maksymalnie {count} odpowiedzi.',
    other: 'Wybierz maksymalnie {count} odpowiedzi.',
  },
  'poll.max-reached': {
    one: 'Wybrano maksymalną liczbę odpowiedzi: {count}.',
    few: 'Wybrano maksymalną liczbę odpowiedzi: {count}.',
    many: 'Wybrano maksymalną liczbę odpowiedzi: {count}.',
    other: 'Wybrano maksymalną liczbę odpowiedzi: {count}.',
  },
  'poll.need-choice': 'Przed głosowaniem wybierz odpowiedź.',
  'poll.voted': 'Dziękujemy. Twój głos został zapisany.',
  'poll.vote-changed': 'Twój głos został zmieniony.',
  'poll.you-voted': 'Twój głos w tej ankiecie został oddany.',
  'poll.your-choice': '(✓ Twój wybór)',
  'poll.votes': {
    '=0': 'brak głosów',
    one: '{count} głos',
    few: '{count} głosy',
    many: '{count} głosów',
    other: '{count} głosu',
  },
  'poll.participants': {
    '=0': 'Nikt jeszcze nie zagłosował.',
    one: 'Zagłosowała {count} osoba.',
    few: 'Zagłosowały {count} osoby.',
    many: 'Zagłosowało {count} osób.',
    other: 'Zagłosowało {count} osoby.',
  },
  'poll.closes': 'Ankieta zakończy się {relative} ({date}).',
  'poll.opens': 'Ankieta rozpocznie się {relative} ({date}).',
  'poll.closed-on': 'Ankieta zakończyła się {date}.',
  'poll.closed': 'Ta ankieta została zakończona.',
  'poll.results': 'Wyniki',
  'poll.results-after-vote': 'Wyniki zobaczysz po oddaniu głosu.',
  'poll.results-after-close': 'Wyniki zostaną pokazane po zakończeniu ankiety.',
  'poll.results-never': 'Wyniki tej ankiety nie są publikowane.',
  'poll.error.already-done': 'Twój głos w tej ankiecie został już oddany.',
  'poll.error.closed': 'Głosowanie w tej ankiecie zostało zakończone.',
};

export default messages;
