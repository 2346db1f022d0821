// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Ladataan…',
  'rating.stars': { one: '{count} tähti', other: '{count} tähteä' },
  'rating.yes': 'Kyllä',
  'rating.no': 'Ei',
  'rating.csat.1': 'Erittäin tyytymätön',
  'rating.csat.2': 'Tyytymätön',
  'rating.csat.3': 'En tyytyväinen enkä tyytymätön',
  'rating.csat.4': 'Tyytyväinen',
  'rating.csat.5': 'Erittäin tyytyväinen',
  'rating.send': 'Lähetä arvio',
  'rating.sending': 'Lähetetään…',
  'rating.choose': 'Valitse ensin arvio.',
  'rating.thanks': 'Kiitos palautteestasi.',
  'rating.follow-up': 'Kerro lisää (vapaaehtoinen)',
  'rating.reasons': 'Mitä asia koski?',
  'rating.comment': 'Kommentti',
  'rating.comment-hint': 'Älä kirjoita henkilötietoja, kuten nimeäsi tai osoitettasi.',
  'rating.send-more': 'Lähetä',
  'rating.skip': 'Ohita',
  'rating.done': 'Kiitos. Palautteesi auttaa meitä parantamaan tätä palvelua.',
  'rating.yours': 'Arviosi: {score}.',
  'rating.change': 'Muuta vastaustasi',
  'rating.closed': 'Tätä palvelua ei voi arvioida juuri nyt.',
  'rating.average': '{average}/5',
  'rating.yes-share': '{percent} piti tätä hyödyllisenä',
  'rating.count': { '=0': 'Ei vielä arvioita', one: '{count} arvion perusteella', other: '{count} arvion perusteella' },
  'rating.details-show': 'Näytä kaikki arviot',
  'rating.details-hide': 'Piilota kaikki arviot',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
