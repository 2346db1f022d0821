// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Iruzkinak kargatzen…',
  'comments.count': { '=0': 'Iruzkinik ez oraindik', one: 'Iruzkin {count}', other: '{count} iruzkin' },
  'comments.sort': 'Ordenatu honela',
  'comments.sort.newest': 'Berrienak lehenengo',
  'comments.sort.oldest': 'Zaharrenak lehenengo',
  'comments.sort.top': 'Babes gehien dutenak',
  'comments.empty': 'Oraindik ez dago iruzkinik. Izan zaitez lehena iruzkina egiten.',
  'comments.more': 'Erakutsi iruzkin gehiago',
  'comments.new': { one: 'Iruzkin berri {count} — erakutsi', other: '{count} iruzkin berri — erakutsi' },
  'comments.closed': 'Eztabaida hau itxita dago. Iruzkinak irakur ditzakezu, baina ezin duzu berririk gehitu.',
  'comments.form.title': 'Gehitu iruzkin bat',
  'comments.form.reply-title': 'Erantzun honi: {name}',
  'comments.form.name': 'Zure izena',
  'comments.form.name-hint': 'Utzi hutsik «Anonimoa» gisa iruzkintzeko. Publikoki erakusten da.',
  'comments.form.body': 'Iruzkina',
  'comments.form.reply-body': 'Erantzuna',
  'comments.form.submit': 'Argitaratu iruzkina',
  'comments.form.submit-reply': 'Argitaratu erantzuna',
  'comments.form.submitting': 'Argitaratzen…',
  'comments.form.cancel': 'Utzi',
  'comments.form.required': 'Idatzi iruzkin bat.',
  'comments.form.too-long': 'Iruzkinek gehienez {max} karaktere izan ditzakete.',
  'comments.posted': 'Zure iruzkina argitaratu da.',
  'comments.posted-pending': 'Eskerrik asko. Moderatzaile batek onartzen duenean agertuko da zure iruzkina.',
  'comments.pending': 'Moderatzeko zain',
  'comments.upvote': 'Babestu',
  'comments.upvote-label': {
    '=0': 'Babestu iruzkin hau (babesik ez oraindik)',
    one: 'Babestu iruzkin hau (babesle {count})',
    other: 'Babestu iruzkin hau ({count} babesle)',
  },
  'comments.reply': 'Erantzun',
  'comments.replies-show': { one: 'Erakutsi erantzun {count}', other: 'Erakutsi {count} erantzun' },
  'comments.replies-hide': { one: 'Ezkutatu erantzun {count}', other: 'Ezkutatu {count} erantzun' },
  'comments.report': 'Salatu',
  'comments.delete': 'Ezabatu',
};

export default messages;
