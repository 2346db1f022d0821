import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Ojú ewé àwọn kọ́kọ́rọ́ API, ní èdè Yorùbá. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Kọ́kọ́rọ́ API',
  'tokens.intro':
    'Kọ́kọ́rọ́ API kan ń jẹ́ kí ìwé àṣẹ (script) tàbí ètò mìíràn lo API ìṣàkóso fún yín, láti ṣe iṣẹ́ láìfọwọ́ṣe bíi gbígbé èsì jáde ní alaalẹ́. Ó lè ṣe ohun tí ipa yín gbà láàyè ({role}).',
  'tokens.howTo': 'Ìwé àṣẹ náà ń fi kọ́kọ́rọ́ náà ránṣẹ́ nínú àkọlé Authorization ti ìbéèrè kọ̀ọ̀kan:',
  'tokens.loading': 'A ń ṣí àwọn kọ́kọ́rọ́ yín…',
  'tokens.loadError': 'A kò lè ṣí àwọn kọ́kọ́rọ́ yín: {detail}',
  'tokens.retry': 'Ẹ tún gbìyànjú',
  'tokens.none': 'Ẹ kò ní kọ́kọ́rọ́ API kankan.',
  'tokens.caption': { other: 'Àwọn kọ́kọ́rọ́ yín ({count})' },
  'col.name': 'Orúkọ',
  'col.created': 'Ìgbà tí a ṣẹ̀dá rẹ̀',
  'col.lastUsed': 'Ìgbà tí a lò ó kẹ́yìn',
  'col.status': 'Ipò',
  'col.actions': 'Ìgbésẹ̀',
  'tokens.never': 'Kò tíì sí',
  'tokens.active': 'Ń ṣiṣẹ́',
  'tokens.revoked': 'A ti gbà á padà',
  'tokens.revoke': 'Gbà á padà',
  'create.title': 'Ṣẹ̀dá kọ́kọ́rọ́ kan',
  'create.name': 'Orúkọ',
  'create.nameHint': 'Ohun tí ó wà fún, kí ẹ lè dá a mọ̀ lẹ́yìn náà. Fún àpẹẹrẹ: Gbígbé èsì jáde ní alaalẹ́.',
  'create.submit': 'Ṣẹ̀dá kọ́kọ́rọ́',
  'create.working': 'A ń ṣẹ̀dá kọ́kọ́rọ́ náà…',
  'create.errorTitle': 'A kò ṣẹ̀dá kọ́kọ́rọ́ náà',
  'create.nameRequired': 'Ẹ kọ orúkọ fún kọ́kọ́rọ́ náà',
  'created.title': 'Kọ́kọ́rọ́ tuntun yín',
  'created.status': 'A ti ṣẹ̀dá kọ́kọ́rọ́ “{name}”.',
  'created.warning':
    'Ẹ ṣe ẹ̀dà rẹ̀ báyìí kí ẹ sì pa á mọ́ sí ibi ààbò, fún àpẹẹrẹ nínú ètò ìpamọ́ ọ̀rọ̀ aṣínà tàbí nínú ètò àṣírí ti iṣẹ́ aládàáṣe yín. A kò ní fi hàn mọ́. Ẹnikẹ́ni tó bá ní i lè ṣe nǹkan bí ẹni pé ẹ̀yin ni.',
  'created.label': 'Kọ́kọ́rọ́ API “{name}”',
  'created.done': 'Mo ti pa á mọ́',
  copy: 'Ṣe ẹ̀dà kọ́kọ́rọ́',
  copied: 'A ti ṣe ẹ̀dà kọ́kọ́rọ́ náà.',
  copyFailed: 'A ti yan kọ́kọ́rọ́ náà: ẹ ṣe ẹ̀dà rẹ̀ pẹ̀lú bọ́ọ̀dù ìtẹ̀wé yín tàbí àtòjọ àṣàyàn.',
  'revoke.title': 'Ṣé kí a gba kọ́kọ́rọ́ “{name}” padà?',
  'revoke.body': 'Àwọn ìwé àṣẹ àti ètò tó ń lò ó yóò dẹ́kun iṣẹ́ lẹ́sẹ̀kẹsẹ̀. A kò lè yí èyí padà, ṣùgbọ́n ẹ lè ṣẹ̀dá kọ́kọ́rọ́ tuntun.',
  'revoke.confirm': 'Bẹ́ẹ̀ ni, gbà á padà',
  'revoke.done': 'A ti gba kọ́kọ́rọ́ “{name}” padà.',
  'revoke.errorTitle': 'A kò gba kọ́kọ́rọ́ náà padà',
  cancel: 'Fagilé',
  'role.admin': 'alákòóso',
  'role.editor': 'olóòtú',
  'role.moderator': 'alábòójútó',
  'role.analyst': 'olùṣàyẹ̀wò',
};

export default messages;
