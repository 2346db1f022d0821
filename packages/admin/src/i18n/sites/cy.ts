import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Y dudalen Gwefannau (y tarddleoedd a ganiateir i anfon pleidleisiau, sylwadau, llofnodion a sgoriau), yn Gymraeg. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Gwefannau',
  'sites.intro':
    'Gall unrhyw wefan ddangos y teclynnau, ond dim ond ar dudalennau’r gwefannau a ganiateir yma y gall pobl bleidleisio, gwneud sylw, llofnodi a rhoi sgôr.',
  'sites.loading': 'Wrthi’n llwytho…',
  'sites.loadError': 'Doedd dim modd llwytho’r gwefannau: {detail}',
  'sites.retry': 'Rhowch gynnig arall arni',
  'sites.readOnly': 'Dim ond gweinyddwyr sy’n gallu newid y rhestr hon. Gofynnwch i un ohonyn nhw ganiatáu eich gwefan.',
  'refused.title': 'Gwefannau a wrthodwyd yn ddiweddar',
  'refused.intro':
    'Ceisiodd tudalennau ar y gwefannau hyn anfon pleidlais, sylw, llofnod neu sgôr, a chawson nhw eu gwrthod. Os mai eich gwefan chi yw un ohonyn nhw, caniatewch hi.',
  'refused.none': 'Does dim gwefan wedi’i gwrthod yn ddiweddar.',
  'refused.caption': 'Gwefannau a wrthodwyd, y mwyaf diweddar yn gyntaf',
  'refused.allow': 'Caniatáu',
  'refused.note': 'Caniatawyd o’r rhestr o wefannau a wrthodwyd',
  'col.site': 'Gwefan',
  'col.refusals': 'Ymdrechion a wrthodwyd',
  'col.lastRefused': 'Gwrthodwyd ddiwethaf',
  'col.firstRefused': 'Gwrthodwyd gyntaf',
  'col.note': 'Nodyn',
  'col.addedBy': 'Ychwanegwyd gan',
  'col.added': 'Ychwanegwyd',
  'col.action': 'Gweithred',
  'allowed.title': 'Gwefannau a ganiateir',
  'allowed.caption': 'Gwefannau a ganiateir',
  'allowed.none': 'Does dim gwefan wedi’i chaniatáu eto: dim ond ar dudalennau’r gweinydd hwn ei hun y gall pobl gymryd rhan.',
  'allowed.fromEnvironment': 'Gosodiad gweinydd',
  'allowed.fromEnvironmentNote': 'Wedi’i osod yn CIVIC_ALLOWED_ORIGINS: newidiwch ef yng ngosodiadau’r gweinydd.',
  'allowed.remove': 'Tynnu',
  'confirm.remove': 'Peidio â chaniatáu {origin} mwyach?',
  'confirm.removeBody':
    'Fydd pobl ar ei thudalennau ddim yn gallu pleidleisio, gwneud sylw, llofnodi na rhoi sgôr mwyach. Bydd y teclynnau sydd eisoes ar ei thudalennau yn dal i’w gweld.',
  'confirm.yesRemove': 'Ie, ei thynnu',
  'confirm.cancel': 'Canslo',
  'add.title': 'Caniatáu gwefan',
  'add.origin': 'Cyfeiriad gwe’r wefan',
  'add.originHint':
    'Fel https://www.city.gov. Caniateir pob tudalen ar y wefan honno; caiff unrhyw beth ar ôl enw’r wefan ei anwybyddu.',
  'add.note': 'Nodyn (dewisol)',
  'add.noteHint': 'Beth yw’r wefan a phwy sy’n ei rhedeg, fel bod eraill yn gwybod pam mae wedi’i chaniatáu. Hyd at 200 nod.',
  'add.submit': 'Caniatáu gwefan',
  'add.saving': 'Wrthi’n cadw…',
  'add.errorTitle': 'Mae problem wedi codi',
  'error.origin': 'Rhowch gyfeiriad gwe’r wefan, fel https://www.city.gov',
  'error.note': 'Rhaid i’r nodyn fod yn 200 nod neu lai',
  'notice.added': 'Mae {origin} wedi’i chaniatáu: gall pobl ar ei thudalennau gymryd rhan nawr.',
  'notice.removed': 'Dydy {origin} ddim wedi’i chaniatáu mwyach.',
};

export default messages;
