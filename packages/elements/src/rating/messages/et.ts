// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Laadimine…',
  'rating.stars': { one: '{count} täht', other: '{count} tähte' },
  'rating.yes': 'Jah',
  'rating.no': 'Ei',
  'rating.csat.1': 'Väga rahulolematu',
  'rating.csat.2': 'Rahulolematu',
  'rating.csat.3': 'Ei rahul ega rahulolematu',
  'rating.csat.4': 'Rahul',
  'rating.csat.5': 'Väga rahul',
  'rating.send': 'Saada hinnang',
  'rating.sending': 'Saatmine…',
  'rating.choose': 'Valige kõigepealt hinnang.',
  'rating.thanks': 'Täname tagasiside eest.',
  'rating.follow-up': 'Rääkige meile lähemalt (vabatahtlik)',
  'rating.reasons': 'Millega see oli seotud?',
  'rating.comment': 'Kommentaar',
  'rating.comment-hint': 'Ärge lisage isikuandmeid, näiteks oma nime või aadressi.',
  'rating.send-more': 'Saada',
  'rating.skip': 'Jäta vahele',
  'rating.done': 'Aitäh! Teie tagasiside aitab meil seda teenust paremaks muuta.',
  'rating.yours': 'Teie hinnang: {score}.',
  'rating.change': 'Muuda oma vastust',
  'rating.closed': 'Sellele teenusele ei saa praegu hinnangut anda.',
  'rating.average': '{average}/5',
  'rating.yes-share': '{percent} inimestest pidas seda kasulikuks',
  'rating.count': { '=0': 'Hinnanguid veel pole', one: '{count} hinnangu põhjal', other: '{count} hinnangu põhjal' },
  'rating.details-show': 'Näita kõiki hinnanguid',
  'rating.details-hide': 'Peida kõik hinnangud',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
