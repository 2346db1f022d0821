// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Caricamento…',
  'rating.stars': { one: '{count} stella', many: '{count} stelle', other: '{count} stelle' },
  'rating.yes': 'Sì',
  'rating.no': 'No',
  'rating.csat.1': 'Molto insoddisfatto',
  'rating.csat.2': 'Insoddisfatto',
  'rating.csat.3': 'Né soddisfatto né insoddisfatto',
  'rating.csat.4': 'Soddisfatto',
  'rating.csat.5': 'Molto soddisfatto',
  'rating.send': 'Invia valutazione',
  'rating.sending': 'Invio in corso…',
  'rating.choose': 'Scelga prima una valutazione.',
  'rating.thanks': 'Grazie per il Suo riscontro.',
  'rating.follow-up': 'Ci dica di più (facoltativo)',
  'rating.reasons': 'Che cosa ha motivato la Sua risposta?',
  'rating.comment': 'Commento',
  'rating.comment-hint': 'Non inserisca dati personali, come il Suo nome o il Suo indirizzo.',
  'rating.send-more': 'Invia',
  'rating.skip': 'Salta',
  'rating.done': 'Grazie. Il Suo riscontro ci aiuta a migliorare questo servizio.',
  'rating.yours': 'La Sua valutazione: {score}.',
  'rating.change': 'Modifica la risposta',
  'rating.closed': 'Al momento questo servizio non accetta valutazioni.',
  'rating.average': '{average} su 5',
  'rating.yes-share': 'Persone che hanno trovato utile questa pagina: {percent}',
  'rating.count': {
    '=0': 'Ancora nessuna valutazione',
    one: 'in base a {count} valutazione',
    many: 'in base a {count} valutazioni',
    other: 'in base a {count} valutazioni',
  },
  'rating.details-show': 'Mostra tutte le valutazioni',
  'rating.details-hide': 'Nascondi tutte le valutazioni',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
