import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Y dudalen Tocynnau API, yn Gymraeg. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Tocynnau API',
  'tokens.intro':
    'Mae tocyn API yn gadael i sgript neu system arall ddefnyddio’r API gweinyddu ar eich rhan, i awtomeiddio gwaith fel allforio canlyniadau bob nos. Gall wneud yr hyn y mae eich rôl yn ei ganiatáu ({role}).',
  'tokens.howTo': 'Mae’r sgript yn anfon y tocyn ym mhennyn Authorization pob cais:',
  'tokens.loading': 'Wrthi’n llwytho eich tocynnau…',
  'tokens.loadError': 'Doedd dim modd llwytho eich tocynnau: {detail}',
  'tokens.retry': 'Rhowch gynnig arall arni',
  'tokens.none': 'Does gennych chi ddim tocynnau API.',
  'tokens.caption': {
    zero: 'Eich {count} o docynnau',
    one: 'Eich tocyn',
    two: 'Eich {count} docyn',
    few: 'Eich {count} thocyn',
    many: 'Eich {count} thocyn',
    other: 'Eich {count} o docynnau',
  },
  'col.name': 'Enw',
  'col.created': 'Crëwyd',
  'col.lastUsed': 'Defnyddiwyd ddiwethaf',
  'col.status': 'Statws',
  'col.actions': 'Gweithredoedd',
  'tokens.never': 'Byth',
  'tokens.active': 'Gweithredol',
  'tokens.revoked': 'Wedi’i ddirymu',
  'tokens.revoke': 'Dirymu',
  'create.title': 'Creu tocyn',
  'create.name': 'Enw',
  'create.nameHint':
    'Beth yw ei ddiben, fel y byddwch chi’n ei adnabod yn nes ymlaen. Er enghraifft: Allforio canlyniadau bob nos.',
  'create.submit': 'Creu tocyn',
  'create.working': 'Wrthi’n creu’r tocyn…',
  'create.errorTitle': 'Dydy’r tocyn ddim wedi’i greu',
  'create.nameRequired': 'Rhowch enw ar gyfer y tocyn',
  'created.title': 'Eich tocyn newydd',
  'created.status': 'Mae’r tocyn “{name}” wedi’i greu.',
  'created.warning':
    'Copïwch ef nawr a’i gadw’n ddiogel, er enghraifft mewn rheolwr cyfrineiriau neu yng ngosodiadau cyfrinachol eich awtomeiddio. Fydd e ddim yn cael ei ddangos eto. Gall unrhyw un sydd ag ef weithredu fel chi.',
  'created.label': 'Tocyn API “{name}”',
  'created.done': 'Rydw i wedi’i gadw',
  copy: 'Copïo’r tocyn',
  copied: 'Tocyn wedi’i gopïo.',
  copyFailed: 'Mae’r tocyn wedi’i ddewis: copïwch ef gyda’ch bysellfwrdd neu’r ddewislen.',
  'revoke.title': 'Dirymu’r tocyn “{name}”?',
  'revoke.body':
    'Bydd sgriptiau a systemau sy’n ei ddefnyddio yn stopio gweithio ar unwaith. Does dim modd dadwneud hyn, ond gallwch chi greu tocyn newydd.',
  'revoke.confirm': 'Ie, dirymu',
  'revoke.done': 'Mae’r tocyn “{name}” wedi’i ddirymu.',
  'revoke.errorTitle': 'Dydy’r tocyn ddim wedi’i ddirymu',
  cancel: 'Canslo',
  'role.admin': 'gweinyddwr',
  'role.editor': 'golygydd',
  'role.moderator': 'cymedrolwr',
  'role.analyst': 'dadansoddwr',
};

export default messages;
