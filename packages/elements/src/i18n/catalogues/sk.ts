// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Načítava sa…',
  'common.retry': 'Skúsiť znova',
  'common.anonymous': 'Anonym',
  'common.honeypot': 'Toto pole nevypĺňajte',
  'common.optional': '(nepovinné)',
  'common.characters-left': {
    one: 'Zostáva {count} znak',
    few: 'Zostávajú {count} znaky',
    many: 'Zostáva {count} znaku',
    other: 'Zostáva {count} znakov',
  },
  'common.characters-over': {
    one: 'Limit je prekročený o {count} znak',
    few: 'Limit je prekročený o {count} znaky',
    many: 'Limit je prekročený o {count} znaku',
    other: 'Limit je prekročený o {count} znakov',
  },
  'error.offline': 'Zdá sa, že nemáte pripojenie na internet. Skontrolujte ho.',
  'error.network': 'Službu momentálne nemôžeme zastihnúť. Problém nie je na vašej strane.',
  'error.timeout': 'Služba odpovedá príliš dlho. Možno je preťažená.',
  'error.not-found': 'Tento obsah sa nenašiel. Možno bol odstránený.',
  'error.invalid-input': 'Niektoré údaje nie sú platné. Skontrolujte ich a skúste to znova.',
  'error.already-done': 'Toto ste už urobili.',
  'error.closed': 'Toto je už uzavreté.',
  'error.rate-limited': 'Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.',
  'error.unauthorised': 'Táto stránka nemá oprávnenie používať túto službu.',
  'error.server': 'Niečo sa pokazilo na našej strane, nie na vašej.',
  'error.no-backend': 'Nie je nastavený server: tento widget potrebuje adresu služby (endpoint).',
  'error.retrying': 'Obsah sa načíta sám, keď bude pripojenie alebo služba opäť k dispozícii.',
  'error.kept': 'Zadané údaje zostali zachované: o chvíľu to skúste znova.',
  'error.unknown': 'Niečo sa pokazilo. Skúste to znova.',
  'time.relative-past': 'pred menej ako minútou',
};

export default messages;
