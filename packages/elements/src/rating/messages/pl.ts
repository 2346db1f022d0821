// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Ładowanie…',
  'rating.stars': { one: '{count} gwiazdka', few: '{count} gwiazdki', many: '{count} gwiazdek', other: '{count} gwiazdki' },
  'rating.yes': 'Tak',
  'rating.no': 'Nie',
  'rating.csat.1': 'Bardzo niezadowolony',
  'rating.csat.2': 'Niezadowolony',
  'rating.csat.3': 'Ani zadowolony, ani niezadowolony',
  'rating.csat.4': 'Zadowolony',
  'rating.csat.5': 'Bardzo zadowolony',
  'rating.send': 'Wyślij ocenę',
  'rating.sending': 'Wysyłanie…',
  'rating.choose': 'Najpierw wybierz ocenę.',
  'rating.thanks': 'Dziękujemy za opinię.',
  'rating.follow-up': 'Napisz nam więcej (nieobowiązkowe)',
  'rating.reasons': 'Czego to dotyczyło?',
  'rating.comment': 'Komentarz',
  'rating.comment-hint': 'Nie podawaj danych osobowych, takich jak imię i nazwisko czy adres.',
  'rating.send-more': 'Wyślij',
  'rating.skip': 'Pomiń',
  'rating.done': 'Dziękujemy. Twoja opinia pomaga nam ulepszać tę usługę.',
  'rating.yours': 'Twoja ocena: {score}.',
  'rating.change': 'Zmień odpowiedź',
  'rating.closed': 'Ta usługa nie przyjmuje teraz ocen.',
  'rating.average': '{average} na 5',
  'rating.yes-share': '{percent} osób uznało to za przydatne',
  'rating.count': {
    '=0': 'Nie ma jeszcze ocen',
    one: '({count} ocena)',
    few: '({count} oceny)',
    many: '({count} ocen)',
    other: '({count} oceny)',
  },
  'rating.details-show': 'Pokaż wszystkie oceny',
  'rating.details-hide': 'Ukryj wszystkie oceny',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
