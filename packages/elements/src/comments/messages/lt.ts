// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Įkeliami komentarai…',
  'comments.count': {
    '=0': 'Komentarų dar nėra',
    one: '{count} komentaras',
    few: '{count} komentarai',
    many: '{count} komentaro',
    other: '{count} komentarų',
  },
  'comments.sort': 'Rikiuoti pagal',
  'comments.sort.newest': 'Naujausi viršuje',
  'comments.sort.oldest': 'Seniausi viršuje',
  'comments.sort.top': 'Labiausiai palaikomi',
  'comments.empty': 'Komentarų dar nėra. Parašykite pirmąjį komentarą.',
  'comments.more': 'Rodyti daugiau komentarų',
  'comments.new': {
    one: '{count} naujas komentaras — rodyti',
    few: '{count} nauji komentarai — rodyti',
    many: '{count} naujo komentaro — rodyti',
    other: '{count} naujų komentarų — rodyti',
  },
  'comments.closed': 'Diskusija baigta. Komentarus galite skaityti, bet naujų rašyti nebegalima.',
  'comments.form.title': 'Parašyti komentarą',
  'comments.form.reply-title': 'Atsakymas naudotojui {name}',
  'comments.form.name': 'Jūsų vardas',
  'comments.form.name-hint': 'Palikite tuščią, jei norite komentuoti kaip „Anonimas“. Rodoma viešai.',
  'comments.form.body': 'Komentaras',
  'comments.form.reply-body': 'Atsakymas',
  'comments.form.submit': 'Skelbti komentarą',
  'comments.form.submit-reply': 'Skelbti atsakymą',
  'comments.form.submitting': 'Skelbiama…',
  'comments.form.cancel': 'Atšaukti',
  'comments.form.required': 'Įveskite komentarą.',
  'comments.form.too-long': 'Komentaras per ilgas. Didžiausias leidžiamas simbolių skaičius: {max}.',
  'comments.posted': 'Jūsų komentaras paskelbtas.',
  'comments.posted-pending': 'Ačiū. Jūsų komentaras bus parodytas, kai jį patvirtins moderatorius.',
  'comments.pending': 'Laukia moderatoriaus patvirtinimo',
  'comments.upvote': 'Palaikyti',
  'comments.upvote-label': {
    '=0': 'Palaikyti šį komentarą (palaikančiųjų dar nėra)',
    one: 'Palaikyti šį komentarą (palaikė {count} žmogus)',
    few: 'Palaikyti šį komentarą (palaikė {count} žmonės)',
    many: 'Palaikyti šį komentarą (palaikė {count} žmogaus)',
    other: 'Palaikyti šį komentarą (palaikė {count} žmonių)',
  },
  'comments.reply': 'Atsakyti',
  'comments.replies-show': {
    one: 'Rodyti {count} atsakymą',
    few: 'Rodyti {count} atsakymus',
    many: 'Rodyti {count} atsakymo',
    other: 'Rodyti {count} atsakymų',
  },
  'comments.replies-hide': {
    one: 'Slėpti {count} atsakymą',
    few: 'Slėpti {count} atsakymus',
    many: 'Slėpti {count} atsakymo',
    other: 'Slėpti {count} atsakymų',
  },
  'comments.report': 'Pranešti',
  'comments.delete': 'Ištrinti',
};

export default messages;
