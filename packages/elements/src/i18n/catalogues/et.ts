// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Laadimine…',
  'common.retry': 'Proovi uuesti',
  'common.anonymous': 'Anonüümne',
  'common.honeypot': 'Jätke see väli tühjaks',
  'common.optional': '(vabatahtlik)',
  'common.characters-left': { one: 'Teil on jäänud {count} märk', other: 'Teil on jäänud {count} märki' },
  'common.characters-over': { one: 'Teil on {count} märk liiga palju', other: 'Teil on {count} märki liiga palju' },
  'error.offline': 'Tundub, et teil pole internetiühendust. Kontrollige ühendust.',
  'error.network': 'Me ei saa praegu teenusega ühendust. Probleem ei ole teie poolel.',
  'error.timeout': 'Teenus vastab liiga aeglaselt. See võib olla ülekoormatud.',
  'error.not-found': 'Seda sisu ei leitud. Võimalik, et see on eemaldatud.',
  'error.invalid-input': 'Osa andmeid ei ole korrektsed. Kontrollige neid ja proovige uuesti.',
  'error.already-done': 'Olete seda juba teinud.',
  'error.closed': 'See on suletud.',
  'error.rate-limited': 'Liiga palju katseid. Oodake hetk ja proovige uuesti.',
  'error.unauthorised': 'Sellel veebilehel ei ole luba seda teenust kasutada.',
  'error.server': 'Midagi läks valesti meie poolel, mitte teie poolel.',
  'error.no-backend': 'Taustsüsteem on seadistamata: see vidin vajab lõpp-punkti.',
  'error.retrying': 'Sisu laaditakse automaatselt, kui ühendus või teenus taastub.',
  'error.kept': 'Sisestatud andmed on alles: proovige hetke pärast uuesti.',
  'error.unknown': 'Midagi läks valesti. Proovige uuesti.',
  'time.relative-past': 'vähem kui minut tagasi',
};

export default messages;
