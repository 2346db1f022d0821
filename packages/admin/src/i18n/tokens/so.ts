import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Bogga furayaasha API, af Soomaali. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Furayaasha API',
  'tokens.intro':
    'Furaha API wuxuu u oggolaanayaa qoraal-barnaamij (script) ama nidaam kale inuu adiga kuu isticmaalo API-ga maamulka, si shaqada si toos ah loo qabto, sida soo saarista habeen kasta ee natiijooyinka. Wuxuu samayn karaa waxa doorkaagu oggol yahay ({role}).',
  'tokens.howTo': 'Script-ku wuxuu furaha ku diraa madaxa Authorization ee codsi kasta:',
  'tokens.loading': 'Furayaashaada waa la soo rarayaa…',
  'tokens.loadError': 'Furayaashaada lama soo rari karin: {detail}',
  'tokens.retry': 'Isku day mar kale',
  'tokens.none': 'Ma lihid furayaal API.',
  'tokens.caption': { one: '{count} fure oo aad leedahay', other: '{count} fure oo aad leedahay' },
  'col.name': 'Magaca',
  'col.created': 'La sameeyay',
  'col.lastUsed': 'Markii ugu dambeysay la isticmaalay',
  'col.status': 'Xaaladda',
  'col.actions': 'Ficillada',
  'tokens.never': 'Weligiis',
  'tokens.active': 'Firfircoon',
  'tokens.revoked': 'La buriyay',
  'tokens.revoke': 'Buri',
  'create.title': 'Samee fure',
  'create.name': 'Magaca',
  'create.nameHint': 'Waxa loogu talagalay, si aad mar dambe u garato. Tusaale: Soo saarista habeenkii ee natiijooyinka.',
  'create.submit': 'Samee furaha',
  'create.working': 'Furaha waa la samaynayaa…',
  'create.errorTitle': 'Furaha lama samayn',
  'create.nameRequired': 'Geli magac furaha',
  'created.title': 'Furahaaga cusub',
  'created.status': 'Furaha “{name}” waa la sameeyay.',
  'created.warning':
    'Hadda koobiyee oo si ammaan ah u kaydi, tusaale ahaan maareeyaha erayada sirta ah ama dejinta sirta ah ee nidaamkaaga tooska ah. Mar dambe lama muujin doono. Qof kasta oo haysta wuxuu ku matali karaa adiga.',
  'created.label': 'Furaha API “{name}”',
  'created.done': 'Waan kaydiyay',
  copy: 'Koobiyee furaha',
  copied: 'Furaha waa la koobiyeeyay.',
  copyFailed: 'Furaha waa la doortay: ku koobiyee kiiboodhkaaga ama liiska.',
  'revoke.title': 'Ma burinaysaa furaha “{name}”?',
  'revoke.body':
    'Script-yada iyo nidaamyada isticmaala isla markiiba way joogsan doonaan. Tan dib looma celin karo, laakiin waxaad samayn kartaa fure cusub.',
  'revoke.confirm': 'Haa, buri',
  'revoke.done': 'Furaha “{name}” waa la buriyay.',
  'revoke.errorTitle': 'Furaha lama burin',
  cancel: 'Jooji',
  'role.admin': 'maamulaha guud',
  'role.editor': 'tifaftire',
  'role.moderator': 'maamule',
  'role.analyst': 'falanqeeye',
};

export default messages;
