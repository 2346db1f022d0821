import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Shafin alamomin API, da Hausa. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Alamomin API',
  'tokens.intro':
    'Alamar API tana ba wani rubutun umarni (script) ko wani tsari damar amfani da API na gudanarwa a madadinku, don sarrafa aiki ta atomatik kamar fitar da sakamako kowane dare. Tana iya yin abin da muƙaminku ({role}) ya ba da izini.',
  'tokens.howTo': 'Rubutun umarnin yana aika alamar a cikin kan Authorization na kowace buƙata:',
  'tokens.loading': 'Ana loda alamominku…',
  'tokens.loadError': 'Ba a iya loda alamominku ba: {detail}',
  'tokens.retry': 'Sake gwadawa',
  'tokens.none': 'Ba ku da alamomin API.',
  'tokens.caption': { one: 'Alamarku {count}', other: 'Alamominku {count}' },
  'col.name': 'Suna',
  'col.created': 'Ranar ƙirƙira',
  'col.lastUsed': 'Amfani na ƙarshe',
  'col.status': 'Matsayi',
  'col.actions': 'Ayyuka',
  'tokens.never': 'Ba a taɓa ba',
  'tokens.active': 'Tana aiki',
  'tokens.revoked': 'An janye',
  'tokens.revoke': 'Janye',
  'create.title': 'Ƙirƙiri alama',
  'create.name': 'Suna',
  'create.nameHint': 'Abin da take yi, don ku gane ta daga baya. Misali: Fitar da sakamako na dare.',
  'create.submit': 'Ƙirƙiri alama',
  'create.working': 'Ana ƙirƙirar alamar…',
  'create.errorTitle': 'Ba a ƙirƙiri alamar ba',
  'create.nameRequired': 'Ku shigar da suna don alamar',
  'created.title': 'Sabuwar alamarku',
  'created.status': 'An ƙirƙiri alamar “{name}”.',
  'created.warning':
    'Ku kwafe ta yanzu ku adana ta a wuri mai tsaro, misali a manhajar adana kalmomin sirri ko a saitunan sirri na tsarinku na atomatik. Ba za a sake nuna ta ba. Duk wanda yake da ita zai iya yin aiki a matsayinku.',
  'created.label': 'Alamar API “{name}”',
  'created.done': 'Na adana ta',
  copy: 'Kwafi alamar',
  copied: 'An kwafi alamar.',
  copyFailed: 'An zaɓi alamar: ku kwafe ta da madannai ko da menu.',
  'revoke.title': 'A janye alamar “{name}”?',
  'revoke.body':
    'Rubutun umarni da tsarin da ke amfani da ita za su daina aiki nan take. Ba za a iya mayar da wannan ba, amma kuna iya ƙirƙirar sabuwar alama.',
  'revoke.confirm': 'Ee, janye',
  'revoke.done': 'An janye alamar “{name}”.',
  'revoke.errorTitle': 'Ba a janye alamar ba',
  cancel: 'Soke',
  'role.admin': 'mai gudanarwa',
  'role.editor': 'edita',
  'role.moderator': 'mai tantancewa',
  'role.analyst': 'mai nazari',
};

export default messages;
