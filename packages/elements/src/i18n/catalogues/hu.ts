// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Betöltés…',
  'common.retry': 'Próbálja újra',
  'common.anonymous': 'Névtelen',
  'common.honeypot': 'Ezt a mezőt hagyja üresen',
  'common.optional': '(nem kötelező)',
  'common.characters-left': { one: 'Még {count} karaktert írhat be', other: 'Még {count} karaktert írhat be' },
  'common.characters-over': {
    one: '{count} karakterrel hosszabb a megengedettnél',
    other: '{count} karakterrel hosszabb a megengedettnél',
  },
  'error.offline': 'Úgy tűnik, nincs internetkapcsolat. Ellenőrizze a kapcsolatot.',
  'error.network': 'A szolgáltatás jelenleg nem érhető el. A hiba nem Önnél van.',
  'error.timeout': 'A szolgáltatás túl lassan válaszol. Lehet, hogy éppen túlterhelt.',
  'error.not-found': 'Ez a tartalom nem található. Lehet, hogy eltávolították.',
  'error.invalid-input': 'Néhány adat nem megfelelő. Ellenőrizze, majd próbálja újra.',
  'error.already-done': 'Ezt már megtette.',
  'error.closed': 'Ez már lezárult.',
  'error.rate-limited': 'Túl sok próbálkozás. Várjon egy kicsit, majd próbálja újra.',
  'error.unauthorised': 'Ez a webhely nem használhatja ezt a szolgáltatást.',
  'error.server': 'Hiba történt nálunk, nem Önnél.',
  'error.no-backend': 'Nincs beállítva háttérrendszer: ennek a widgetnek szüksége van egy végpontra.',
  'error.retrying': 'A tartalom magától betöltődik, amint a kapcsolat vagy a szolgáltatás helyreáll.',
  'error.kept': 'Amit beírt, megmaradt: próbálja újra egy kis idő múlva.',
  'error.unknown': 'Hiba történt. Próbálja újra.',
  'time.relative-past': 'kevesebb mint egy perce',
};

export default messages;
