// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Wrthi’n llwytho…',
  'common.retry': 'Rhowch gynnig arall arni',
  'common.anonymous': 'Dienw',
  'common.honeypot': 'Gadewch y maes hwn yn wag',
  'common.optional': '(dewisol)',
  'common.characters-left': {
    zero: 'Mae gennych {count} o nodau ar ôl',
    one: 'Mae gennych {count} nod ar ôl',
    two: 'Mae gennych {count} nod ar ôl',
    few: 'Mae gennych {count} nod ar ôl',
    many: 'Mae gennych {count} nod ar ôl',
    other: 'Mae gennych {count} o nodau ar ôl',
  },
  'common.characters-over': {
    zero: 'Mae gennych {count} o nodau yn ormod',
    one: 'Mae gennych {count} nod yn ormod',
    two: 'Mae gennych {count} nod yn ormod',
    few: 'Mae gennych {count} nod yn ormod',
    many: 'Mae gennych {count} nod yn ormod',
    other: 'Mae gennych {count} o nodau yn ormod',
  },
  'error.offline': 'Mae’n ymddangos eich bod chi all-lein. Gwiriwch eich cysylltiad.',
  'error.network': 'Allwn ni ddim cysylltu â’r gwasanaeth ar hyn o bryd. Nid ar eich ochr chi mae’r broblem.',
  'error.timeout': 'Mae’r gwasanaeth yn cymryd gormod o amser i ymateb. Efallai ei fod yn brysur.',
  'error.not-found': 'Doedd dim modd dod o hyd i’r cynnwys hwn. Efallai ei fod wedi cael ei dynnu.',
  'error.invalid-input': 'Dydy rhywfaint o’r wybodaeth ddim yn ddilys. Gwiriwch hi a rhowch gynnig arall arni.',
  'error.already-done': 'Rydych chi wedi gwneud hyn yn barod.',
  'error.closed': 'Mae hwn wedi cau.',
  'error.rate-limited': 'Gormod o ymdrechion. Arhoswch am ychydig a rhowch gynnig arall arni.',
  'error.unauthorised': 'Does gan y wefan hon ddim caniatâd i ddefnyddio’r gwasanaeth hwn.',
  'error.server': 'Aeth rhywbeth o’i le ar ein hochr ni, nid ar eich ochr chi.',
  'error.no-backend': 'Does dim backend wedi’i ffurfweddu: mae angen endpoint ar y teclyn hwn.',
  'error.retrying': 'Bydd hyn yn llwytho ohono’i hun pan fydd y cysylltiad neu’r gwasanaeth yn ôl.',
  'error.kept': 'Mae’r hyn a roesoch chi wedi’i gadw: rhowch gynnig arall arni cyn bo hir.',
  'error.unknown': 'Aeth rhywbeth o’i le. Rhowch gynnig arall arni.',
  'time.relative-past': 'llai na munud yn ôl',
};

export default messages;
