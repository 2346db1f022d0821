// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Načítání…',
  'common.retry': 'Zkusit znovu',
  'common.anonymous': 'Anonym',
  'common.honeypot': 'Toto pole nevyplňujte',
  'common.optional': '(nepovinné)',
  'common.characters-left': {
    one: 'Zbývá {count} znak',
    few: 'Zbývají {count} znaky',
    many: 'Zbývá {count} znaku',
    other: 'Zbývá {count} znaků',
  },
  'common.characters-over': {
    one: 'Limit je překročen o {count} znak',
    few: 'Limit je překročen o {count} znaky',
    many: 'Limit je překročen o {count} znaku',
    other: 'Limit je překročen o {count} znaků',
  },
  'error.offline': 'Zdá se, že nemáte připojení k internetu. Zkontrolujte ho.',
  'error.network': 'Službu se teď nedaří zastihnout. Problém není na vaší straně.',
  'error.timeout': 'Služba odpovídá příliš dlouho. Možná je přetížená.',
  'error.not-found': 'Tento obsah nebyl nalezen. Možná byl odstraněn.',
  'error.invalid-input': 'Některé údaje nejsou platné. Zkontrolujte je a zkuste to znovu.',
  'error.already-done': 'Tato akce už byla provedena.',
  'error.closed': 'Toto je již uzavřeno.',
  'error.rate-limited': 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
  'error.unauthorised': 'Tento web nemá oprávnění používat tuto službu.',
  'error.server': 'Něco se pokazilo na naší straně, ne na vaší.',
  'error.no-backend': 'Není nastaven server: tento widget potřebuje adresu služby (endpoint).',
  'error.retrying': 'Obsah se načte sám, jakmile bude připojení nebo služba opět k dispozici.',
  'error.kept': 'Zadané údaje zůstaly zachovány: za chvíli to zkuste znovu.',
  'error.unknown': 'Něco se pokazilo. Zkuste to znovu.',
  'time.relative-past': 'před méně než minutou',
};

export default messages;
