// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Ó ń ṣí sílẹ̀…',
  'rating.stars': { other: 'ìràwọ̀ {count}' },
  'rating.yes': 'Bẹ́ẹ̀ ni',
  'rating.no': 'Rárá',
  'rating.csat.1': 'Kò tẹ́ mi lọ́rùn rárá',
  'rating.csat.2': 'Kò tẹ́ mi lọ́rùn',
  'rating.csat.3': 'Ó wà láàárín',
  'rating.csat.4': 'Ó tẹ́ mi lọ́rùn',
  'rating.csat.5': 'Ó tẹ́ mi lọ́rùn gan-an',
  'rating.send': 'Fi ìdíyelé ránṣẹ́',
  'rating.sending': 'A ń fi ránṣẹ́…',
  'rating.choose': 'Ẹ kọ́kọ́ yan ìdíyelé kan.',
  'rating.thanks': 'Ẹ ṣé fún èsì yín.',
  'rating.follow-up': 'Ẹ sọ síwájú sí i fún wa (kò pọndandan)',
  'rating.reasons': 'Nípa kí ni?',
  'rating.comment': 'Ọ̀rọ̀ ìwòye',
  'rating.comment-hint': 'Ẹ má ṣe fi ìsọfúnni ara ẹni kún un, bí orúkọ tàbí àdírẹ́sì yín.',
  'rating.send-more': 'Fi ránṣẹ́',
  'rating.skip': 'Fò ó',
  'rating.done': 'Ẹ ṣé. Èsì yín ń ràn wá lọ́wọ́ láti mú iṣẹ́ yìí dára sí i.',
  'rating.yours': 'Ìdíyelé yín: {score}.',
  'rating.change': 'Yí ìdáhùn yín padà',
  'rating.closed': 'Iṣẹ́ yìí kò gba ìdíyelé lọ́wọ́lọ́wọ́.',
  'rating.average': '{average} nínú 5',
  'rating.yes-share': '{percent} nínú àwọn ènìyàn ló rí èyí wúlò',
  'rating.count': { '=0': 'Kò tíì sí ìdíyelé', other: 'láti inú ìdíyelé {count}' },
  'rating.details-show': 'Fi gbogbo ìdíyelé hàn',
  'rating.details-hide': 'Fi gbogbo ìdíyelé pamọ́',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
