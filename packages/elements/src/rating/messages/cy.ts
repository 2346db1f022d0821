// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Wrthi’n llwytho…',
  'rating.stars': {
    zero: '{count} o sêr',
    one: '{count} seren',
    two: '{count} seren',
    few: '{count} seren',
    many: '{count} seren',
    other: '{count} seren',
  },
  'rating.yes': 'Ie',
  'rating.no': 'Na',
  'rating.csat.1': 'Anfodlon iawn',
  'rating.csat.2': 'Anfodlon',
  'rating.csat.3': 'Ddim yn fodlon nac yn anfodlon',
  'rating.csat.4': 'Bodlon',
  'rating.csat.5': 'Bodlon iawn',
  'rating.send': 'Anfon sgôr',
  'rating.sending': 'Wrthi’n anfon…',
  'rating.choose': 'Dewiswch sgôr yn gyntaf.',
  'rating.thanks': 'Diolch am eich adborth.',
  'rating.follow-up': 'Dywedwch ragor wrthym (dewisol)',
  'rating.reasons': 'Am beth oedd hyn?',
  'rating.comment': 'Sylw',
  'rating.comment-hint': 'Peidiwch â chynnwys gwybodaeth bersonol, fel eich enw neu eich cyfeiriad.',
  'rating.send-more': 'Anfon',
  'rating.skip': 'Hepgor',
  'rating.done': 'Diolch. Mae eich adborth yn ein helpu i wella’r gwasanaeth hwn.',
  'rating.yours': 'Eich sgôr: {score}.',
  'rating.change': 'Newid eich ateb',
  'rating.closed': 'Dydy’r gwasanaeth hwn ddim yn derbyn sgoriau ar hyn o bryd.',
  'rating.average': '{average} allan o 5',
  'rating.yes-share': 'Roedd {percent} o bobl yn teimlo bod hyn yn ddefnyddiol',
  'rating.count': {
    '=0': 'Dim sgoriau eto',
    zero: 'yn seiliedig ar {count} o sgoriau',
    one: 'yn seiliedig ar {count} sgôr',
    two: 'yn seiliedig ar {count} sgôr',
    few: 'yn seiliedig ar {count} sgôr',
    many: 'yn seiliedig ar {count} sgôr',
    other: 'yn seiliedig ar {count} o sgoriau',
  },
  'rating.details-show': 'Dangos pob sgôr',
  'rating.details-hide': 'Cuddio pob sgôr',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
