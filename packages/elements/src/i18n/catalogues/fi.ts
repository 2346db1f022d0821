// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Ladataan…',
  'common.retry': 'Yritä uudelleen',
  'common.anonymous': 'Nimetön',
  'common.honeypot': 'Jätä tämä kenttä tyhjäksi',
  'common.optional': '(vapaaehtoinen)',
  'common.characters-left': { one: 'Sinulla on {count} merkki jäljellä', other: 'Sinulla on {count} merkkiä jäljellä' },
  'common.characters-over': { one: 'Tekstissä on {count} merkki liikaa', other: 'Tekstissä on {count} merkkiä liikaa' },
  'error.offline': 'Verkkoyhteys näyttää katkenneen. Tarkista yhteytesi.',
  'error.network': 'Palveluun ei saada juuri nyt yhteyttä. Vika ei ole sinun päässäsi.',
  'error.timeout': 'Palvelu vastaa liian hitaasti. Se voi olla ruuhkautunut.',
  'error.not-found': 'Sisältöä ei löytynyt. Se on ehkä poistettu.',
  'error.invalid-input': 'Osa tiedoista ei kelpaa. Tarkista tiedot ja yritä uudelleen.',
  'error.already-done': 'Olet jo tehnyt tämän.',
  'error.closed': 'Tämä on suljettu.',
  'error.rate-limited': 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
  'error.unauthorised': 'Tällä sivustolla ei ole lupaa käyttää tätä palvelua.',
  'error.server': 'Jokin meni vikaan meidän päässämme, ei sinun.',
  'error.no-backend': 'Taustapalvelua ei ole määritetty: tämä widget tarvitsee rajapinnan osoitteen.',
  'error.retrying': 'Sisältö latautuu itsestään, kun yhteys tai palvelu toimii taas.',
  'error.kept': 'Kirjoittamasi tiedot ovat tallessa: yritä hetken päästä uudelleen.',
  'error.unknown': 'Jokin meni vikaan. Yritä uudelleen.',
  'time.relative-past': 'alle minuutti sitten',
};

export default messages;
