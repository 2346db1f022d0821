// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Wrthi’n llwytho’r ddeiseb…',
  'petition.full-text': 'Darllen y ddeiseb yn llawn',
  'petition.signatures': {
    '=0': 'Dim llofnodion eto',
    zero: '{count} o lofnodion',
    one: '{count} llofnod',
    two: '{count} lofnod',
    few: '{count} llofnod',
    many: '{count} llofnod',
    other: '{count} o lofnodion',
  },
  'petition.progress': 'Llofnodion: {count} o {goal} ({percent})',
  'petition.milestones': 'Cerrig milltir',
  'petition.milestone': {
    few: '{count} llofnod – {label}',
    many: '{count} llofnod – {label}',
    one: '{count} llofnod – {label}',
    two: '{count} lofnod – {label}',
    zero: '{count} o lofnodion – {label}',
    other: '{count} o lofnodion – {label}',
  },
  'petition.reached': '(✓ wedi’i chyrraedd)',
  'petition.milestone-reached': 'Carreg filltir wedi’i chyrraedd: {label}.',
  'petition.closes': 'Gallwch chi lofnodi tan {date}.',
  'petition.opens': 'Bydd y ddeiseb hon yn agor i’w llofnodi ar {date}.',
  'petition.closed': 'Mae’r ddeiseb hon wedi cau. Dydy hi ddim yn casglu llofnodion mwyach.',
  'petition.response': 'Ymateb swyddogol',
  'petition.responded-on': 'Cyhoeddwyd ar {date}.',
  'petition.recent': 'Llofnodwyr diweddar',
  'petition.sign': 'Llofnodi’r ddeiseb hon',
  'petition.name': 'Enw llawn',
  'petition.email': 'Cyfeiriad e-bost',
  'petition.email-hint': 'Byddwn ni’n anfon dolen atoch chi i gadarnhau eich llofnod.',
  'petition.region': 'Ble rydych chi’n byw',
  'petition.region-choose': 'Dewiswch ble rydych chi’n byw',
  'petition.consent':
    'Rwy’n cytuno bod fy enw, fy nghyfeiriad e-bost a’m hardal yn cael eu prosesu i gofnodi fy llofnod, fel y disgrifir yn yr {privacy}.',
  'petition.privacy-notice': 'hysbysiad preifatrwydd',
  'petition.show-name': 'Dangos fy enw’n gyhoeddus ar y rhestr o lofnodwyr',
  'petition.submit': 'Llofnodi’r ddeiseb',
  'petition.submitting': 'Wrthi’n llofnodi…',
  'petition.error-summary': 'Mae problem wedi codi',
  'petition.error.name': 'Rhowch eich enw llawn.',
  'petition.error.email-empty': 'Rhowch eich cyfeiriad e-bost.',
  'petition.error.email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com.',
  'petition.error.region': 'Dewiswch ble rydych chi’n byw.',
  'petition.error.consent': 'Rhaid i chi gytuno cyn y gallwch chi lofnodi.',
  'petition.check-email': 'Gwiriwch eich e-bost',
  'petition.check-email-body':
    'Rydyn ni wedi anfon dolen i {email}. Agorwch hi i gadarnhau eich llofnod: dim ond ar ôl ei gadarnhau y bydd yn cyfrif.',
  'petition.check-email-help':
    'Os na fydd dim yn cyrraedd o fewn ychydig funudau, gwiriwch eich ffolder sbam, neu llofnodwch eto gyda’r un cyfeiriad i gael dolen newydd.',
  'petition.share': 'Rhannu’r ddeiseb hon',
  'petition.copied': 'Dolen wedi’i chopïo.',
};

export default messages;
