// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Á lódáil…',
  'rating.stars': {
    one: '{count} réalta',
    two: '{count} réalta',
    few: '{count} réalta',
    many: '{count} réalta',
    other: '{count} réalta',
  },
  'rating.yes': 'Tá',
  'rating.no': 'Níl',
  'rating.csat.1': 'An-mhíshásta',
  'rating.csat.2': 'Míshásta',
  'rating.csat.3': 'Níl sásta ná míshásta',
  'rating.csat.4': 'Sásta',
  'rating.csat.5': 'An-sásta',
  'rating.send': 'Seol an rátáil',
  'rating.sending': 'Á sheoladh…',
  'rating.choose': 'Roghnaigh rátáil ar dtús.',
  'rating.thanks': 'Go raibh maith agat as d’aiseolas.',
  'rating.follow-up': 'Inis tuilleadh dúinn (roghnach)',
  'rating.reasons': 'Cad ba chúis le d’fhreagra?',
  'rating.comment': 'Trácht',
  'rating.comment-hint': 'Ná cuir faisnéis phearsanta isteach, mar shampla d’ainm nó do sheoladh.',
  'rating.send-more': 'Seol',
  'rating.skip': 'Scipeáil',
  'rating.done': 'Go raibh maith agat. Cabhraíonn d’aiseolas linn an tseirbhís seo a fheabhsú.',
  'rating.yours': 'Do rátáil: {score}.',
  'rating.change': 'Athraigh d’fhreagra',
  'rating.closed': 'Níl an tseirbhís seo ag glacadh le rátálacha faoi láthair.',
  'rating.average': '{average} as 5',
  'rating.yes-share': 'Bhí sé seo úsáideach do {percent} de na daoine',
  'rating.count': {
    '=0': 'Gan aon rátáil fós',
    one: 'bunaithe ar {count} rátáil',
    two: 'bunaithe ar {count} rátáil',
    few: 'bunaithe ar {count} rátáil',
    many: 'bunaithe ar {count} rátáil',
    other: 'bunaithe ar {count} rátáil',
  },
  'rating.details-show': 'Taispeáin gach rátáil',
  'rating.details-hide': 'Folaigh gach rátáil',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
