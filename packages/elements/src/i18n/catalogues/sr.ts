// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Учитавање…',
  'common.retry': 'Покушајте поново',
  'common.anonymous': 'Аноним',
  'common.honeypot': 'Оставите ово поље празно',
  'common.optional': '(необавезно)',
  'common.characters-left': {
    one: 'Преостао је {count} знак',
    few: 'Преостала су {count} знака',
    other: 'Преостало је {count} знакова',
  },
  'common.characters-over': {
    one: 'Имате {count} знак вишка',
    few: 'Имате {count} знака вишка',
    other: 'Имате {count} знакова вишка',
  },
  'error.offline': 'Изгледа да нисте повезани на интернет. Проверите везу.',
  'error.network': 'Тренутно не можемо да приступимо услузи. Проблем није на Вашој страни.',
  'error.timeout': 'Услуга предуго не одговара. Можда је преоптерећена.',
  'error.not-found': 'Овај садржај није пронађен. Можда је уклоњен.',
  'error.invalid-input': 'Неки подаци нису исправни. Проверите их и покушајте поново.',
  'error.already-done': 'Ово сте већ урадили.',
  'error.closed': 'Ово је већ затворено.',
  'error.rate-limited': 'Превише покушаја. Сачекајте мало и покушајте поново.',
  'error.unauthorised': 'Овај сајт нема дозволу да користи ову услугу.',
  'error.server': 'Дошло је до грешке код нас, а не код Вас.',
  'error.no-backend': 'Сервер није подешен: овом виџету је потребна адреса услуге (endpoint).',
  'error.retrying': 'Садржај ће се сам учитати када се веза или услуга поново успоставе.',
  'error.kept': 'Унети подаци су сачувани: покушајте поново за тренутак.',
  'error.unknown': 'Дошло је до грешке. Покушајте поново.',
  'time.relative-past': 'пре мање од минута',
};

export default messages;
