// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Caricamento dei commenti…',
  'comments.count': {
    '=0': 'Ancora nessun commento',
    one: '{count} commento',
    many: '{count} commenti',
    other: '{count} commenti',
  },
  'comments.sort': 'Ordina per',
  'comments.sort.newest': 'Più recenti',
  'comments.sort.oldest': 'Meno recenti',
  'comments.sort.top': 'Più sostenuti',
  'comments.empty': 'Ancora nessun commento. Sia la prima persona a commentare.',
  'comments.more': 'Mostra altri commenti',
  'comments.new': {
    one: '{count} nuovo commento — mostra',
    many: '{count} nuovi commenti — mostra',
    other: '{count} nuovi commenti — mostra',
  },
  'comments.closed': 'Questa discussione è chiusa. Può leggere i commenti, ma non aggiungerne di nuovi.',
  'comments.form.title': 'Aggiungi un commento',
  'comments.form.reply-title': 'Rispondi a {name}',
  'comments.form.name': 'Il Suo nome',
  'comments.form.name-hint': 'Lasci vuoto per commentare come «Anonimo». Il nome è visibile pubblicamente.',
  'comments.form.body': 'Commento',
  'comments.form.reply-body': 'Risposta',
  'comments.form.submit': 'Pubblica commento',
  'comments.form.submit-reply': 'Pubblica risposta',
  'comments.form.submitting': 'Pubblicazione in corso…',
  'comments.form.cancel': 'Annulla',
  'comments.form.required': 'Scriva un commento.',
  'comments.form.too-long': 'I commenti possono contenere al massimo {max} caratteri.',
  'comments.posted': 'Il Suo commento è stato pubblicato.',
  'comments.posted-pending': 'Grazie. Il Suo commento comparirà dopo l’approvazione di un moderatore.',
  'comments.pending': 'In attesa di moderazione',
  'comments.upvote': 'Sostieni',
  'comments.upvote-label': {
    '=0': 'Sostieni questo commento (ancora nessun sostegno)',
    one: 'Sostieni questo commento ({count} sostegno)',
    many: 'Sostieni questo commento ({count} sostegni)',
    other: 'Sostieni questo commento ({count} sostegni)',
  },
  'comments.reply': 'Rispondi',
  'comments.replies-show': { one: 'Mostra {count} risposta', many: 'Mostra {count} risposte', other: 'Mostra {count} risposte' },
  'comments.replies-hide': {
    one: 'Nascondi {count} risposta',
    many: 'Nascondi {count} risposte',
    other: 'Nascondi {count} risposte',
  },
  'comments.report': 'Segnala',
  'comments.delete': 'Elimina',
};

export default messages;
