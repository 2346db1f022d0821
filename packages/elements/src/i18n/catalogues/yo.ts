// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Ó ń ṣí sílẹ̀…',
  'common.retry': 'Ẹ tún gbìyànjú',
  'common.anonymous': 'Aláìlórúkọ',
  'common.honeypot': 'Ẹ fi àyè yìí sílẹ̀ lófo',
  'common.optional': '(kò pọndandan)',
  'common.characters-left': { other: 'Ẹ ní lẹ́tà {count} tó kù' },
  'common.characters-over': { other: 'Ẹ ti kọjá ààlà pẹ̀lú lẹ́tà {count}' },
  'error.offline': 'Ó dàbí pé ẹ kò sí lórí ayélujára. Ẹ ṣàyẹ̀wò ìsopọ̀ yín.',
  'error.network': 'A kò lè kàn sí ètò náà báyìí. Ìṣòro náà kò sí ní ọ̀dọ̀ yín.',
  'error.timeout': 'Ètò náà ń pẹ́ jù láti dáhùn. Ó ṣeé ṣe kí ọwọ́ rẹ̀ dí.',
  'error.not-found': 'A kò rí àkóónú yìí. Ó ṣeé ṣe kí wọ́n ti yọ ọ́ kúrò.',
  'error.invalid-input': 'Díẹ̀ nínú àwọn ìsọfúnni náà kò tọ̀nà. Ẹ ṣàyẹ̀wò wọn kí ẹ sì tún gbìyànjú.',
  'error.already-done': 'Ẹ ti ṣe èyí tẹ́lẹ̀.',
  'error.closed': 'Èyí ti wà ní títì.',
  'error.rate-limited': 'Ìgbìyànjú ti pọ̀ jù. Ẹ dúró díẹ̀ kí ẹ sì tún gbìyànjú.',
  'error.unauthorised': 'A kò fún ojú òpó wẹ́ẹ̀bù yìí láṣẹ láti lo ètò yìí.',
  'error.server': 'Nǹkan kan kò lọ dáadáa ní ọ̀dọ̀ wa, kì í ṣe ní ọ̀dọ̀ yín.',
  'error.no-backend': 'Kò sí ètò ẹ̀yìn (backend) tí a ṣètò: widget yìí nílò àdírẹ́sì ìpèsè (endpoint).',
  'error.retrying': 'Èyí yóò ṣí fúnra rẹ̀ nígbà tí ìsopọ̀ tàbí ètò náà bá padà.',
  'error.kept': 'A ti pa ohun tí ẹ kọ mọ́: ẹ tún gbìyànjú láìpẹ́.',
  'error.unknown': 'Nǹkan kan kò lọ dáadáa. Ẹ tún gbìyànjú.',
  'time.relative-past': 'kò tíì tó ìṣẹ́jú kan sẹ́yìn',
};

export default messages;
