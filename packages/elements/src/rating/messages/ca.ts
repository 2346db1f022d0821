// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'S’està carregant…',
  'rating.stars': { one: '{count} estrella', many: '{count} estrelles', other: '{count} estrelles' },
  'rating.yes': 'Sí',
  'rating.no': 'No',
  'rating.csat.1': 'Molt insatisfet',
  'rating.csat.2': 'Insatisfet',
  'rating.csat.3': 'Ni satisfet ni insatisfet',
  'rating.csat.4': 'Satisfet',
  'rating.csat.5': 'Molt satisfet',
  'rating.send': 'Envia la valoració',
  'rating.sending': 'S’està enviant…',
  'rating.choose': 'Primer trieu una valoració.',
  'rating.thanks': 'Gràcies per la vostra opinió.',
  'rating.follow-up': 'Expliqueu-nos-en més (opcional)',
  'rating.reasons': 'Què ha motivat la vostra resposta?',
  'rating.comment': 'Comentari',
  'rating.comment-hint': 'No hi incloeu dades personals, com ara el vostre nom o la vostra adreça.',
  'rating.send-more': 'Envia',
  'rating.skip': 'Omet',
  'rating.done': 'Gràcies. La vostra opinió ens ajuda a millorar aquest servei.',
  'rating.yours': 'La vostra valoració: {score}.',
  'rating.change': 'Canvia la resposta',
  'rating.closed': 'Ara mateix aquest servei no accepta valoracions.',
  'rating.average': '{average} sobre 5',
  'rating.yes-share': 'Persones que l’han trobat útil: {percent}',
  'rating.count': {
    '=0': 'Encara no hi ha valoracions',
    one: 'amb {count} valoració',
    many: 'amb {count} valoracions',
    other: 'amb {count} valoracions',
  },
  'rating.details-show': 'Mostra totes les valoracions',
  'rating.details-hide': 'Amaga totes les valoracions',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
