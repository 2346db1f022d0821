import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Ukurasa wa tokeni za API, kwa Kiswahili. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tokeni za API',
  'tokens.intro':
    'Tokeni ya API inaruhusu hati (script) au mfumo mwingine kutumia API ya usimamizi kwa niaba yako, ili kufanya kazi kiotomatiki kama kuhamisha matokeo kila usiku. Inaweza kufanya kile ambacho jukumu lako linaruhusu ({role}).',
  'tokens.howTo': 'Hati hutuma tokeni katika kichwa cha Authorization cha kila ombi la HTTP:',
  'tokens.loading': 'Inapakia tokeni zako…',
  'tokens.loadError': 'Tokeni zako hazikuweza kupakiwa: {detail}',
  'tokens.retry': 'Jaribu tena',
  'tokens.none': 'Huna tokeni za API.',
  'tokens.caption': { one: 'Tokeni yako {count}', other: 'Tokeni zako {count}' },
  'col.name': 'Jina',
  'col.created': 'Imeundwa',
  'col.lastUsed': 'Ilitumika mara ya mwisho',
  'col.status': 'Hali',
  'col.actions': 'Vitendo',
  'tokens.never': 'Haijawahi',
  'tokens.active': 'Inatumika',
  'tokens.revoked': 'Imebatilishwa',
  'tokens.revoke': 'Batilisha',
  'create.title': 'Unda tokeni',
  'create.name': 'Jina',
  'create.nameHint': 'Ni ya nini, ili uitambue baadaye. Kwa mfano: Uhamishaji wa matokeo wa kila usiku.',
  'create.submit': 'Unda tokeni',
  'create.working': 'Inaunda tokeni…',
  'create.errorTitle': 'Tokeni haikuundwa',
  'create.nameRequired': 'Andika jina la tokeni',
  'created.title': 'Tokeni yako mpya',
  'created.status': 'Tokeni “{name}” imeundwa.',
  'created.warning':
    'Inakili sasa na uihifadhi mahali salama, kwa mfano katika kidhibiti cha manenosiri au katika mipangilio ya siri ya mfumo wako wa kiotomatiki. Haitaonyeshwa tena. Yeyote aliye nayo anaweza kutenda kama wewe.',
  'created.label': 'Tokeni ya API “{name}”',
  'created.done': 'Nimeihifadhi',
  copy: 'Nakili tokeni',
  copied: 'Tokeni imenakiliwa.',
  copyFailed: 'Tokeni imechaguliwa: inakili kwa kibodi yako au kwa menyu.',
  'revoke.title': 'Batilisha tokeni “{name}”?',
  'revoke.body':
    'Hati na mifumo inayoitumia itaacha kufanya kazi mara moja. Hatua hii haiwezi kutenduliwa, lakini unaweza kuunda tokeni mpya.',
  'revoke.confirm': 'Ndiyo, batilisha',
  'revoke.done': 'Tokeni “{name}” imebatilishwa.',
  'revoke.errorTitle': 'Tokeni haikubatilishwa',
  cancel: 'Ghairi',
  'role.admin': 'msimamizi wa mfumo',
  'role.editor': 'mhariri',
  'role.moderator': 'msimamizi wa maoni',
  'role.analyst': 'mchambuzi',
};

export default messages;
