// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Nalaganje komentarjev…',
  'comments.count': {
    '=0': 'Še ni komentarjev',
    one: '{count} komentar',
    two: '{count} komentarja',
    few: '{count} komentarji',
    other: '{count} komentarjev',
  },
  'comments.sort': 'Razvrsti po',
  'comments.sort.newest': 'Najprej najnovejši',
  'comments.sort.oldest': 'Najprej najstarejši',
  'comments.sort.top': 'Z največ podpore',
  'comments.empty': 'Komentarjev še ni. Napišite prvi komentar.',
  'comments.more': 'Prikaži več komentarjev',
  'comments.new': {
    one: '{count} nov komentar — prikaži',
    two: '{count} nova komentarja — prikaži',
    few: '{count} novi komentarji — prikaži',
    other: '{count} novih komentarjev — prikaži',
  },
  'comments.closed': 'Razprava je zaprta. Komentarje lahko berete, novih pa ne morete dodati.',
  'comments.form.title': 'Dodajte komentar',
  'comments.form.reply-title': 'Odgovor osebi {name}',
  'comments.form.name': 'Vaše ime',
  'comments.form.name-hint': 'Če želite komentirati kot „Anonimno“, pustite prazno. Ime bo javno prikazano.',
  'comments.form.body': 'Komentar',
  'comments.form.reply-body': 'Odgovor',
  'comments.form.submit': 'Objavi komentar',
  'comments.form.submit-reply': 'Objavi odgovor',
  'comments.form.submitting': 'Objavljanje…',
  'comments.form.cancel': 'Prekliči',
  'comments.form.required': 'Vpišite komentar.',
  'comments.form.too-long': 'Komentar je predolg. Največje dovoljeno število znakov je {max}.',
  'comments.posted': 'Vaš komentar je objavljen.',
  'comments.posted-pending': 'Hvala. Vaš komentar bo prikazan, ko ga odobri moderator.',
  'comments.pending': 'Čaka na moderiranje',
  'comments.upvote': 'Podpri',
  'comments.upvote-label': {
    '=0': 'Podpri ta komentar (še nima podpornikov)',
    one: 'Podpri ta komentar ({count} podpornik)',
    two: 'Podpri ta komentar ({count} podpornika)',
    few: 'Podpri ta komentar ({count} podporniki)',
    other: 'Podpri ta komentar ({count} podpornikov)',
  },
  'comments.reply': 'Odgovori',
  'comments.replies-show': {
    one: 'Prikaži {count} odgovor',
    two: 'Prikaži {count} odgovora',
    few: 'Prikaži {count} odgovore',
    other: 'Prikaži {count} odgovorov',
  },
  'comments.replies-hide': {
    one: 'Skrij {count} odgovor',
    two: 'Skrij {count} odgovora',
    few: 'Skrij {count} odgovore',
    other: 'Skrij {count} odgovorov',
  },
  'comments.report': 'Prijavi',
  'comments.delete': 'Izbriši',
};

export default messages;
