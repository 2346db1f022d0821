// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Načítání komentářů…',
  'comments.count': {
    '=0': 'Zatím žádné komentáře',
    one: '{count} komentář',
    few: '{count} komentáře',
    many: '{count} komentáře',
    other: '{count} komentářů',
  },
  'comments.sort': 'Řadit podle',
  'comments.sort.newest': 'Od nejnovějších',
  'comments.sort.oldest': 'Od nejstarších',
  'comments.sort.top': 'Nejvíce podporované',
  'comments.empty': 'Zatím žádné komentáře. Přidejte první komentář.',
  'comments.more': 'Zobrazit další komentáře',
  'comments.new': {
    one: '{count} nový komentář — zobrazit',
    few: '{count} nové komentáře — zobrazit',
    many: '{count} nového komentáře — zobrazit',
    other: '{count} nových komentářů — zobrazit',
  },
  'comments.closed': 'Diskuse je uzavřena. Komentáře si můžete přečíst, ale nové přidat nelze.',
  'comments.form.title': 'Přidat komentář',
  'comments.form.reply-title': 'Odpověď uživateli {name}',
  'comments.form.name': 'Vaše jméno',
  'comments.form.name-hint': 'Pokud pole necháte prázdné, komentář bude podepsán jako „Anonym“. Jméno se zobrazuje veřejně.',
  'comments.form.body': 'Komentář',
  'comments.form.reply-body': 'Odpověď',
  'comments.form.submit': 'Zveřejnit komentář',
  'comments.form.submit-reply': 'Zveřejnit odpověď',
  'comments.form.submitting': 'Zveřejňování…',
  'comments.form.cancel': 'Zrušit',
  'comments.form.required': 'Napište komentář.',
  'comments.form.too-long': 'Komentář je příliš dlouhý. Nejvyšší povolený počet znaků: {max}.',
  'comments.posted': 'Váš komentář byl zveřejněn.',
  'comments.posted-pending': 'Děkujeme. Váš komentář se zobrazí, jakmile ho schválí moderátor.',
  'comments.pending': 'Čeká na schválení moderátorem',
  'comments.upvote': 'Podpořit',
  'comments.upvote-label': {
    '=0': 'Podpořit tento komentář (zatím bez podpory)',
    one: 'Podpořit tento komentář (podpořila ho {count} osoba)',
    few: 'Podpořit tento komentář (podpořily ho {count} osoby)',
    many: 'Podpořit tento komentář (podpořilo ho {count} osoby)',
    other: 'Podpořit tento komentář (podpořilo ho {count} osob)',
  },
  'comments.reply': 'Odpovědět',
  'comments.replies-show': {
    one: 'Zobrazit {count} odpověď',
    few: 'Zobrazit {count} odpovědi',
    many: 'Zobrazit {count} odpovědi',
    other: 'Zobrazit {count} odpovědí',
  },
  'comments.replies-hide': {
    one: 'Skrýt {count} odpověď',
    few: 'Skrýt {count} odpovědi',
    many: 'Skrýt {count} odpovědi',
    other: 'Skrýt {count} odpovědí',
  },
  'comments.report': 'Nahlásit',
  'comments.delete': 'Smazat',
};

export default messages;
