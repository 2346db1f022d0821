import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Ojú ewé àwọn ojú òpó wẹ́ẹ̀bù (àwọn ojú òpó tí a gbà láàyè láti fi ìbò, ọ̀rọ̀ ìwòye, ìbuwọ́lù àti ìdíyelé ránṣẹ́), ní èdè Yorùbá. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Ojú òpó wẹ́ẹ̀bù',
  'sites.intro':
    'Ojú òpó wẹ́ẹ̀bù èyíkéyìí lè fi àwọn widget hàn, ṣùgbọ́n àwọn ènìyàn lè dìbò, sọ ọ̀rọ̀ ìwòye, buwọ́lù àti fún ní ìdíyelé kìkì lórí ojú ewé àwọn ojú òpó tí a gbà láàyè níbí.',
  'sites.loading': 'Ó ń ṣí sílẹ̀…',
  'sites.loadError': 'A kò lè ṣí àwọn ojú òpó wẹ́ẹ̀bù náà: {detail}',
  'sites.retry': 'Ẹ tún gbìyànjú',
  'sites.readOnly': 'Àwọn alákòóso nìkan ló lè yí àkọsílẹ̀ yìí padà. Ẹ ní kí ọ̀kan nínú wọn gba ojú òpó yín láàyè.',
  'refused.title': 'Àwọn ojú òpó tí a kọ̀ láìpẹ́',
  'refused.intro':
    'Àwọn ojú ewé lórí àwọn ojú òpó wọ̀nyí gbìyànjú láti fi ìbò, ọ̀rọ̀ ìwòye, ìbuwọ́lù tàbí ìdíyelé ránṣẹ́, a sì kọ̀ wọ́n. Tí ojú òpó kan bá jẹ́ tiyín, ẹ gbà á láàyè.',
  'refused.none': 'A kò kọ ojú òpó kankan láìpẹ́.',
  'refused.caption': 'Àwọn ojú òpó tí a kọ̀, tuntun jù lọ ní àkọ́kọ́',
  'refused.allow': 'Gbà láàyè',
  'refused.note': 'A gbà á láàyè láti inú àkọsílẹ̀ àwọn ojú òpó tí a kọ̀',
  'col.site': 'Ojú òpó',
  'col.refusals': 'Ìgbìyànjú tí a kọ̀',
  'col.lastRefused': 'Ìkọ̀sílẹ̀ tó kẹ́yìn',
  'col.firstRefused': 'Ìkọ̀sílẹ̀ àkọ́kọ́',
  'col.note': 'Àkíyèsí',
  'col.addedBy': 'Ẹni tó fi kún un',
  'col.added': 'Ìgbà tí a fi kún un',
  'col.action': 'Ìgbésẹ̀',
  'allowed.title': 'Àwọn ojú òpó tí a gbà láàyè',
  'allowed.caption': 'Àwọn ojú òpó tí a gbà láàyè',
  'allowed.none': 'A kò tíì gba ojú òpó kankan láàyè: àwọn ènìyàn lè kópa kìkì lórí ojú ewé sáàfà yìí fúnra rẹ̀.',
  'allowed.fromEnvironment': 'Ètò sáàfà',
  'allowed.fromEnvironmentNote': 'A ṣètò rẹ̀ nínú CIVIC_ALLOWED_ORIGINS: ẹ yí i padà nínú ètò sáàfà.',
  'allowed.remove': 'Yọ kúrò',
  'confirm.remove': 'Ṣé kí a dẹ́kun gbígba {origin} láàyè?',
  'confirm.removeBody':
    'Àwọn ènìyàn lórí ojú ewé rẹ̀ kò ní lè dìbò, sọ ọ̀rọ̀ ìwòye, buwọ́lù tàbí fún ní ìdíyelé mọ́. Àwọn widget tó ti wà lórí ojú ewé rẹ̀ yóò ṣì máa hàn.',
  'confirm.yesRemove': 'Bẹ́ẹ̀ ni, yọ ọ́ kúrò',
  'confirm.cancel': 'Fagilé',
  'add.title': 'Gba ojú òpó kan láàyè',
  'add.origin': 'Àdírẹ́sì wẹ́ẹ̀bù ojú òpó náà',
  'add.originHint':
    'Bíi https://www.city.gov. A gba gbogbo ojú ewé ojú òpó náà láàyè; a kò ka ohunkóhun tó tẹ̀lé orúkọ ojú òpó náà sí.',
  'add.note': 'Àkíyèsí (kò pọndandan)',
  'add.noteHint': 'Kí ni ojú òpó náà àti ta ló ń ṣàkóso rẹ̀, kí àwọn mìíràn lè mọ ìdí tí a fi gbà á láàyè. Lẹ́tà tí kò ju 200 lọ.',
  'add.submit': 'Gba ojú òpó láàyè',
  'add.saving': 'A ń tọ́jú…',
  'add.errorTitle': 'Ìṣòro kan wà',
  'error.origin': 'Ẹ kọ àdírẹ́sì wẹ́ẹ̀bù ojú òpó náà, bíi https://www.city.gov',
  'error.note': 'Àkíyèsí kò gbọ́dọ̀ ju lẹ́tà 200 lọ',
  'notice.added': 'A ti gba {origin} láàyè: àwọn ènìyàn lórí ojú ewé rẹ̀ lè kópa báyìí.',
  'notice.removed': 'A kò gba {origin} láàyè mọ́.',
};

export default messages;
