// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Indlæser…',
  'common.retry': 'Prøv igen',
  'common.anonymous': 'Anonym',
  'common.honeypot': 'Lad dette felt være tomt',
  'common.optional': '(valgfrit)',
  'common.characters-left': { one: 'Du har {count} tegn tilbage', other: 'Du har {count} tegn tilbage' },
  'common.characters-over': { one: 'Du har {count} tegn for meget', other: 'Du har {count} tegn for meget' },
  'error.offline': 'Det ser ud til, at du er offline. Tjek din internetforbindelse.',
  'error.network': 'Vi kan ikke få forbindelse til tjenesten lige nu. Fejlen ligger ikke hos dig.',
  'error.timeout': 'Tjenesten er for længe om at svare. Der kan være travlt.',
  'error.not-found': 'Indholdet blev ikke fundet. Det kan være fjernet.',
  'error.invalid-input': 'Nogle af oplysningerne er ikke gyldige. Tjek dem, og prøv igen.',
  'error.already-done': 'Det har du allerede gjort.',
  'error.closed': 'Dette er lukket.',
  'error.rate-limited': 'For mange forsøg. Vent et øjeblik, og prøv igen.',
  'error.unauthorised': 'Dette websted må ikke bruge tjenesten.',
  'error.server': 'Der opstod en fejl hos os, ikke hos dig.',
  'error.no-backend': 'Ingen backend sat op: denne widget skal have et endpoint.',
  'error.retrying': 'Indholdet indlæses af sig selv, når forbindelsen eller tjenesten virker igen.',
  'error.kept': 'Det, du har skrevet, er gemt: prøv igen om lidt.',
  'error.unknown': 'Der opstod en fejl. Prøv igen.',
  'time.relative-past': 'for under et minut siden',
};

export default messages;
