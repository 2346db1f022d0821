// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Kargatzen…',
  'common.retry': 'Saiatu berriro',
  'common.anonymous': 'Anonimoa',
  'common.honeypot': 'Utzi eremu hau hutsik',
  'common.optional': '(aukerakoa)',
  'common.characters-left': { one: 'Karaktere {count} geratzen zaizu', other: '{count} karaktere geratzen zaizkizu' },
  'common.characters-over': { one: 'Karaktere {count} soberan duzu', other: '{count} karaktere soberan dituzu' },
  'error.offline': 'Badirudi ez duzula konexiorik. Egiaztatu konexioa.',
  'error.network': 'Une honetan ezin gara zerbitzura konektatu. Arazoa ez dator zuregandik.',
  'error.timeout': 'Zerbitzuak gehiegi behar du erantzuteko. Baliteke lanpetuta egotea.',
  'error.not-found': 'Ezin izan da eduki hau aurkitu. Baliteke kendu izana.',
  'error.invalid-input': 'Informazioaren zati bat ez da baliozkoa. Egiaztatu eta saiatu berriro.',
  'error.already-done': 'Dagoeneko egin duzu hori.',
  'error.closed': 'Parte-hartzea itxita dago.',
  'error.rate-limited': 'Saiakera gehiegi. Itxaron une batez eta saiatu berriro.',
  'error.unauthorised': 'Webgune honek ez du zerbitzu hau erabiltzeko baimenik.',
  'error.server': 'Zerbait gaizki joan da gure aldetik, ez zuretik.',
  'error.no-backend': 'Ez dago zerbitzaririk konfiguratuta: widget honek endpoint bat behar du.',
  'error.retrying': 'Bere kabuz kargatuko da konexioa edo zerbitzua berreskuratzen direnean.',
  'error.kept': 'Idatzi duzuna gorde egin da: saiatu berriro une batean.',
  'error.unknown': 'Zerbait gaizki joan da. Saiatu berriro.',
  'time.relative-past': 'duela minutu bat baino gutxiago',
};

export default messages;
