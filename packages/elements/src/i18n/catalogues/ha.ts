// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Ana lodawa…',
  'common.retry': 'Sake gwadawa',
  'common.anonymous': 'Marar suna',
  'common.honeypot': 'Ku bar wannan wurin babu komai',
  'common.optional': '(ba dole ba ne)',
  'common.characters-left': { one: 'Harafi {count} ya rage muku', other: 'Haruffa {count} sun rage muku' },
  'common.characters-over': { one: 'Kun wuce iyaka da harafi {count}', other: 'Kun wuce iyaka da haruffa {count}' },
  'error.offline': 'Da alama ba ku da intanet. Ku duba haɗin intanet ɗinku.',
  'error.network': 'Ba mu iya samun sabis ɗin a yanzu ba. Matsalar ba daga gare ku take ba.',
  'error.timeout': 'Sabis ɗin yana ɗaukar lokaci mai tsawo kafin ya amsa. Wataƙila yana da aiki da yawa.',
  'error.not-found': 'Ba a sami wannan abu ba. Wataƙila an cire shi.',
  'error.invalid-input': 'Wasu daga cikin bayanan ba daidai ba ne. Ku duba su, sannan ku sake gwadawa.',
  'error.already-done': 'Kun riga kun yi wannan.',
  'error.closed': 'An rufe wannan.',
  'error.rate-limited': 'An yi ƙoƙari da yawa. Ku jira ɗan lokaci, sannan ku sake gwadawa.',
  'error.unauthorised': 'Ba a ba wannan shafin izinin amfani da wannan sabis ɗin ba.',
  'error.server': 'Wani abu ya lalace a ɓangarenmu, ba a ɓangarenku ba.',
  'error.no-backend': 'Ba a saita sabis na baya (backend) ba: wannan widget yana buƙatar adireshin sabis (endpoint).',
  'error.retrying': 'Wannan zai loda da kansa idan haɗin ko sabis ɗin ya dawo.',
  'error.kept': 'Abin da kuka shigar yana nan a adane: ku sake gwadawa nan ba da jimawa ba.',
  'error.unknown': 'Wani abu ya lalace. Ku sake gwadawa.',
  'time.relative-past': 'ƙasa da minti ɗaya da ya wuce',
};

export default messages;
