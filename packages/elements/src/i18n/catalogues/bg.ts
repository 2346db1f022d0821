// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Зареждане…',
  'common.retry': 'Опитайте отново',
  'common.anonymous': 'Анонимен',
  'common.honeypot': 'Оставете това поле празно',
  'common.optional': '(незадължително)',
  'common.characters-left': { one: 'Остава {count} символ', other: 'Остават {count} символа' },
  'common.characters-over': { one: 'Имате {count} символ в повече', other: 'Имате {count} символа в повече' },
  'error.offline': 'Изглежда нямате връзка с интернет. Проверете връзката си.',
  'error.network': 'В момента не можем да се свържем с услугата. Проблемът не е при Вас.',
  'error.timeout': 'Услугата отговаря твърде бавно. Възможно е да е претоварена.',
  'error.not-found': 'Това съдържание не е намерено. Възможно е да е премахнато.',
  'error.invalid-input': 'Част от данните не са валидни. Проверете ги и опитайте отново.',
  'error.already-done': 'Вече сте направили това.',
  'error.closed': 'Това вече е затворено.',
  'error.rate-limited': 'Твърде много опити. Изчакайте малко и опитайте отново.',
  'error.unauthorised': 'Този сайт няма разрешение да използва тази услуга.',
  'error.server': 'Нещо се обърка при нас, а не при Вас.',
  'error.no-backend': 'Няма конфигуриран сървър: този модул се нуждае от адрес на услугата (endpoint).',
  'error.retrying': 'Съдържанието ще се зареди само, когато връзката или услугата се възстановят.',
  'error.kept': 'Въведените данни са запазени: опитайте отново след малко.',
  'error.unknown': 'Нещо се обърка. Опитайте отново.',
  'time.relative-past': 'преди по-малко от минута',
};

export default messages;
