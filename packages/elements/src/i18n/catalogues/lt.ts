// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Įkeliama…',
  'common.retry': 'Bandyti dar kartą',
  'common.anonymous': 'Anonimas',
  'common.honeypot': 'Šio laukelio nepildykite',
  'common.optional': '(neprivaloma)',
  'common.characters-left': {
    one: 'Liko {count} simbolis',
    few: 'Liko {count} simboliai',
    many: 'Liko {count} simbolio',
    other: 'Liko {count} simbolių',
  },
  'common.characters-over': {
    one: 'Tekstas {count} simboliu per ilgas',
    few: 'Tekstas {count} simboliais per ilgas',
    many: 'Tekstas {count} simbolio per ilgas',
    other: 'Tekstas {count} simbolių per ilgas',
  },
  'error.offline': 'Panašu, kad nėra interneto ryšio. Patikrinkite ryšį.',
  'error.network': 'Šiuo metu nepavyksta susisiekti su paslauga. Problema ne Jūsų pusėje.',
  'error.timeout': 'Paslauga per ilgai neatsako. Galbūt ji šiuo metu labai apkrauta.',
  'error.not-found': 'Šio turinio rasti nepavyko. Galbūt jis buvo pašalintas.',
  'error.invalid-input': 'Dalis informacijos netinkama. Patikrinkite ją ir bandykite dar kartą.',
  'error.already-done': 'Jūs tai jau padarėte.',
  'error.closed': 'Tai jau uždaryta.',
  'error.rate-limited': 'Per daug bandymų. Palaukite akimirką ir bandykite dar kartą.',
  'error.unauthorised': 'Šiai svetainei neleidžiama naudotis šia paslauga.',
  'error.server': 'Įvyko klaida mūsų pusėje, ne Jūsų.',
  'error.no-backend': 'Nenurodytas serveris: šiam valdikliui reikalingas prieigos taškas.',
  'error.retrying': 'Turinys įsikels savaime, kai vėl veiks ryšys arba paslauga.',
  'error.kept': 'Jūsų įvesti duomenys išsaugoti: po akimirkos bandykite dar kartą.',
  'error.unknown': 'Įvyko klaida. Bandykite dar kartą.',
  'time.relative-past': 'prieš mažiau nei minutę',
};

export default messages;
