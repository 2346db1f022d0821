// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Ładowanie komentarzy…',
  'comments.count': {
    '=0': 'Nie ma jeszcze komentarzy',
    one: '{count} komentarz',
    few: '{count} komentarze',
    many: '{count} komentarzy',
    other: '{count} komentarza',
  },
  'comments.sort': 'Sortuj według',
  'comments.sort.newest': 'Od najnowszych',
  'comments.sort.oldest': 'Od najstarszych',
  'comments.sort.top': 'Najczęściej popierane',
  'comments.empty': 'Nie ma jeszcze komentarzy. Dodaj pierwszy komentarz.',
  'comments.more': 'Pokaż więcej komentarzy',
  'comments.new': {
    one: '{count} nowy komentarz — pokaż',
    few: '{count} nowe komentarze — pokaż',
    many: '{count} nowych komentarzy — pokaż',
    other: '{count} nowego komentarza — pokaż',
  },
  'comments.closed': 'Dyskusja jest zamknięta. Możesz czytać komentarze, ale nie możesz dodawać nowych.',
  'comments.form.title': 'Dodaj komentarz',
  'comments.form.reply-title': 'Odpowiedź na komentarz: {name}',
  'comments.form.name': 'Twoje imię',
  'comments.form.name-hint': 'Pozostaw puste pole, aby dodać komentarz jako „Anonim”. Imię jest widoczne publicznie.',
  'comments.form.body': 'Komentarz',
  'comments.form.reply-body': 'Odpowiedź',
  'comments.form.submit': 'Opublikuj komentarz',
  'comments.form.submit-reply': 'Opublikuj odpowiedź',
  'comments.form.submitting': 'Publikowanie…',
  'comments.form.cancel': 'Anuluj',
  'comments.form.required': 'Wpisz komentarz.',
  'comments.form.too-long': 'Komentarz jest za długi. Maksymalna liczba znaków: {max}.',
  'comments.posted': 'Twój komentarz został opublikowany.',
  'comments.posted-pending': 'Dziękujemy. Twój komentarz pojawi się po zatwierdzeniu przez moderatora.',
  'comments.pending': 'Czeka na moderację',
  'comments.upvote': 'Poprzyj',
  'comments.upvote-label': {
    '=0': 'Poprzyj ten komentarz (nikt go jeszcze nie poparł)',
    one: 'Poprzyj ten komentarz (poparła go {count} osoba)',
    few: 'Poprzyj ten komentarz (poparły go {count} osoby)',
    many: 'Poprzyj ten komentarz (poparło go {count} osób)',
    other: 'Poprzyj ten komentarz (poparło go {count} osoby)',
  },
  'comments.reply': 'Odpowiedz',
  'comments.replies-show': {
    one: 'Pokaż {count} odpowiedź',
    few: 'Pokaż {count} odpowiedzi',
    many: 'Pokaż {count} odpowiedzi',
    other: 'Pokaż {count} odpowiedzi',
  },
  'comments.replies-hide': {
    one: 'Ukryj {count} odpowiedź',
    few: 'Ukryj {count} odpowiedzi',
    many: 'Ukryj {count} odpowiedzi',
    other: 'Ukryj {count} odpowiedzi',
  },
  'comments.report': 'Zgłoś',
  'comments.delete': 'Usuń',
};

export default messages;
