// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Učitavanje komentara…',
  'comments.count': { '=0': 'Još nema komentara', one: '{count} komentar', few: '{count} komentara', other: '{count} komentara' },
  'comments.sort': 'Redoslijed',
  'comments.sort.newest': 'Najprije najnoviji',
  'comments.sort.oldest': 'Najprije najstariji',
  'comments.sort.top': 'Najviše podrške',
  'comments.empty': 'Još nema komentara. Napišite prvi komentar.',
  'comments.more': 'Prikažite još komentara',
  'comments.new': {
    one: '{count} novi komentar — prikažite',
    few: '{count} nova komentara — prikažite',
    other: '{count} novih komentara — prikažite',
  },
  'comments.closed': 'Ova je rasprava zatvorena. Komentare možete čitati, ali ne možete dodavati nove.',
  'comments.form.title': 'Dodajte komentar',
  'comments.form.reply-title': 'Odgovor korisniku {name}',
  'comments.form.name': 'Vaše ime',
  'comments.form.name-hint': 'Ostavite prazno ako želite komentirati pod imenom „Anonimno“. Ime se prikazuje javno.',
  'comments.form.body': 'Komentar',
  'comments.form.reply-body': 'Odgovor',
  'comments.form.submit': 'Objavite komentar',
  'comments.form.submit-reply': 'Objavite odgovor',
  'comments.form.submitting': 'Objavljivanje…',
  'comments.form.cancel': 'Odustanite',
  'comments.form.required': 'Unesite komentar.',
  'comments.form.too-long': 'Komentar je predug. Najveći dopušteni broj znakova: {max}.',
  'comments.posted': 'Vaš je komentar objavljen.',
  'comments.posted-pending': 'Hvala. Vaš će se komentar prikazati nakon što ga moderator odobri.',
  'comments.pending': 'Čeka odobrenje moderatora',
  'comments.upvote': 'Podržite',
  'comments.upvote-label': {
    '=0': 'Podržite ovaj komentar (još nema podrške)',
    one: 'Podržite ovaj komentar (podržala ga je {count} osoba)',
    few: 'Podržite ovaj komentar (podržale su ga {count} osobe)',
    other: 'Podržite ovaj komentar (podržalo ga je {count} osoba)',
  },
  'comments.reply': 'Odgovorite',
  'comments.replies-show': {
    one: 'Prikažite {count} odgovor',
    few: 'Prikažite {count} odgovora',
    other: 'Prikažite {count} odgovora',
  },
  'comments.replies-hide': {
    one: 'Sakrijte {count} odgovor',
    few: 'Sakrijte {count} odgovora',
    other: 'Sakrijte {count} odgovora',
  },
  'comments.report': 'Prijavite',
  'comments.delete': 'Izbrišite',
};

export default messages;
