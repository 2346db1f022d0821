// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Se încarcă comentariile…',
  'comments.count': {
    '=0': 'Niciun comentariu încă',
    one: '{count} comentariu',
    few: '{count} comentarii',
    other: '{count} de comentarii',
  },
  'comments.sort': 'Sortează după',
  'comments.sort.newest': 'Cele mai noi întâi',
  'comments.sort.oldest': 'Cele mai vechi întâi',
  'comments.sort.top': 'Cele mai susținute',
  'comments.empty': 'Nu există încă niciun comentariu. Scrieți primul comentariu.',
  'comments.more': 'Afișează mai multe comentarii',
  'comments.new': {
    one: '{count} comentariu nou — afișează',
    few: '{count} comentarii noi — afișează',
    other: '{count} de comentarii noi — afișează',
  },
  'comments.closed': 'Această discuție este închisă. Puteți citi comentariile, dar nu puteți adăuga altele noi.',
  'comments.form.title': 'Adăugați un comentariu',
  'comments.form.reply-title': 'Răspuns pentru {name}',
  'comments.form.name': 'Numele dumneavoastră',
  'comments.form.name-hint': 'Lăsați gol pentru a comenta ca „Anonim”. Numele se afișează public.',
  'comments.form.body': 'Comentariu',
  'comments.form.reply-body': 'Răspuns',
  'comments.form.submit': 'Publică comentariul',
  'comments.form.submit-reply': 'Publică răspunsul',
  'comments.form.submitting': 'Se publică…',
  'comments.form.cancel': 'Anulează',
  'comments.form.required': 'Scrieți un comentariu.',
  'comments.form.too-long': 'Numărul maxim de caractere pentru un comentariu este {max}.',
  'comments.posted': 'Comentariul dumneavoastră a fost publicat.',
  'comments.posted-pending': 'Vă mulțumim. Comentariul dumneavoastră va apărea după ce va fi aprobat de un moderator.',
  'comments.pending': 'În așteptarea moderării',
  'comments.upvote': 'Susține',
  'comments.upvote-label': {
    '=0': 'Susține acest comentariu (niciun susținător încă)',
    one: 'Susține acest comentariu ({count} susținător)',
    few: 'Susține acest comentariu ({count} susținători)',
    other: 'Susține acest comentariu ({count} de susținători)',
  },
  'comments.reply': 'Răspunde',
  'comments.replies-show': {
    one: 'Afișează {count} răspuns',
    few: 'Afișează {count} răspunsuri',
    other: 'Afișează {count} de răspunsuri',
  },
  'comments.replies-hide': {
    one: 'Ascunde {count} răspuns',
    few: 'Ascunde {count} răspunsuri',
    other: 'Ascunde {count} de răspunsuri',
  },
  'comments.report': 'Raportează',
  'comments.delete': 'Șterge',
};

export default messages;
