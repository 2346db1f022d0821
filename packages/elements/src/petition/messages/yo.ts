// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Ìwé ẹ̀bẹ̀ ń ṣí sílẹ̀…',
  'petition.full-text': 'Ka gbogbo ìwé ẹ̀bẹ̀ náà',
  'petition.signatures': { '=0': 'Kò tíì sí ìbuwọ́lù', other: 'ìbuwọ́lù {count}' },
  'petition.progress': 'Ìbuwọ́lù: {count} nínú {goal} ({percent})',
  'petition.milestones': 'Àwọn ìpele pàtàkì',
  'petition.milestone': { other: 'Ìbuwọ́lù {count} — {label}' },
  'petition.reached': '(✓ a ti dé ibẹ̀)',
  'petition.milestone-reached': 'A ti dé ìpele pàtàkì: {label}.',
  'petition.closes': 'Ó ṣí sílẹ̀ fún ìbuwọ́lù títí di {date}.',
  'petition.opens': 'Ìwé ẹ̀bẹ̀ yìí yóò bẹ̀rẹ̀ sí gba ìbuwọ́lù ní {date}.',
  'petition.closed': 'Ìwé ẹ̀bẹ̀ yìí ti parí. Kò gba ìbuwọ́lù mọ́.',
  'petition.response': 'Ìdáhùn ìjọba',
  'petition.responded-on': 'A gbé e jáde ní {date}.',
  'petition.recent': 'Àwọn tó buwọ́lù láìpẹ́',
  'petition.sign': 'Buwọ́lu ìwé ẹ̀bẹ̀ yìí',
  'petition.name': 'Orúkọ kíkún',
  'petition.email': 'Àdírẹ́sì ímeèlì',
  'petition.email-hint': 'A óò fi ìjápọ̀ kan ránṣẹ́ sí yín láti fìdí ìbuwọ́lù yín múlẹ̀.',
  'petition.region': 'Ibi tí ẹ ń gbé',
  'petition.region-choose': 'Ẹ yan ibi tí ẹ ń gbé',
  'petition.consent':
    'Mo gbà kí wọ́n lo orúkọ mi, àdírẹ́sì ímeèlì mi àti agbègbè mi láti ṣàkọsílẹ̀ ìbuwọ́lù mi, gẹ́gẹ́ bí a ti ṣàlàyé rẹ̀ nínú {privacy}.',
  'petition.privacy-notice': 'ìkéde ààbò àṣírí',
  'petition.show-name': 'Fi orúkọ mi hàn ní gbangba lórí àkọsílẹ̀ àwọn tó buwọ́lù',
  'petition.submit': 'Buwọ́lu ìwé ẹ̀bẹ̀ náà',
  'petition.submitting': 'A ń buwọ́lù ú…',
  'petition.error-summary': 'Ìṣòro kan wà',
  'petition.error.name': 'Ẹ kọ orúkọ yín ní kíkún.',
  'petition.error.email-empty': 'Ẹ kọ àdírẹ́sì ímeèlì yín.',
  'petition.error.email': 'Ẹ kọ àdírẹ́sì ímeèlì ní ọ̀nà tó tọ̀nà, bíi name@example.com.',
  'petition.error.region': 'Ẹ yan ibi tí ẹ ń gbé.',
  'petition.error.consent': 'Ẹ gbọ́dọ̀ gbà kí ẹ tó lè buwọ́lù.',
  'petition.check-email': 'Ẹ wo ímeèlì yín',
  'petition.check-email-body':
    'A ti fi ìjápọ̀ kan ránṣẹ́ sí {email}. Ẹ ṣí i láti fìdí ìbuwọ́lù yín múlẹ̀: a óò kà á kìkì lẹ́yìn tí ẹ bá fìdí rẹ̀ múlẹ̀.',
  'petition.check-email-help':
    'Tí ẹ kò bá rí nǹkankan láàárín ìṣẹ́jú díẹ̀, ẹ wo àpò spam yín, tàbí kí ẹ tún buwọ́lù pẹ̀lú àdírẹ́sì kan náà láti gba ìjápọ̀ tuntun.',
  'petition.share': 'Pín ìwé ẹ̀bẹ̀ yìí',
  'petition.copied': 'A ti ṣe ẹ̀dà ìjápọ̀ náà.',
};

export default messages;
