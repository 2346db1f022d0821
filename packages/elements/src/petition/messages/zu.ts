// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Ilayisha isicelo…',
  'petition.full-text': 'Funda isicelo sonke',
  'petition.signatures': {
    '=0': 'Akekho osesayinile okwamanje',
    one: 'kusayine umuntu oyedwa',
    other: 'kusayine abantu abangu-{count}',
  },
  'petition.progress': 'Abasayinile: {count} kwabangu-{goal} ({percent})',
  'petition.milestones': 'Izingqophamlando',
  'petition.milestone': { one: 'Osayinile ongu-{count} — {label}', other: 'Abasayinile abangu-{count} — {label}' },
  'petition.reached': '(✓ kufinyelelwe)',
  'petition.milestone-reached': 'Kufinyelelwe ingqophamlando: {label}.',
  'petition.closes': 'Singasayinwa kuze kube ngu-{date}.',
  'petition.opens': 'Lesi sicelo sizovulelwa ukusayinwa ngo-{date}.',
  'petition.closed': 'Lesi sicelo sivaliwe. Asisasayinwa.',
  'petition.response': 'Impendulo esemthethweni',
  'petition.responded-on': 'Ishicilelwe ngo-{date}.',
  'petition.recent': 'Abasayine muva nje',
  'petition.sign': 'Sayina lesi sicelo',
  'petition.name': 'Igama eliphelele',
  'petition.email': 'Ikheli le-imeyili',
  'petition.email-hint': 'Sizokuthumelela isixhumanisi sokuqinisekisa ukusayina kwakho.',
  'petition.region': 'Lapho uhlala khona',
  'petition.region-choose': 'Khetha lapho uhlala khona',
  'petition.consent':
    'Ngiyavuma ukuthi igama lami, ikheli lami le-imeyili nendawo yami kusetshenziswe ukurekhoda ukusayina kwami, njengoba kuchazwe {privacy}.',
  'petition.privacy-notice': 'esazisweni sobumfihlo',
  'petition.show-name': 'Bonisa igama lami obala ohlwini lwabasayinile',
  'petition.submit': 'Sayina isicelo',
  'petition.submitting': 'Iyasayina…',
  'petition.error-summary': 'Kukhona inkinga',
  'petition.error.name': 'Faka igama lakho eliphelele.',
  'petition.error.email-empty': 'Faka ikheli lakho le-imeyili.',
  'petition.error.email': 'Faka ikheli le-imeyili ngendlela efanele, isibonelo igama@example.com.',
  'petition.error.region': 'Khetha lapho uhlala khona.',
  'petition.error.consent': 'Kudingeka uvume ngaphambi kokuthi usayine.',
  'petition.check-email': 'Hlola i-imeyili yakho',
  'petition.check-email-body':
    'Sithumele isixhumanisi ku-{email}. Sivule ukuze uqinisekise ukusayina kwakho: kubalwa kuphela uma sekuqinisekisiwe.',
  'petition.check-email-help':
    'Uma kungafiki lutho emizuzwini embalwa, hlola ifolda ye-spam, noma uphinde usayine ngekheli elifanayo ukuze uthole isixhumanisi esisha.',
  'petition.share': 'Yabelana ngalesi sicelo',
  'petition.copied': 'Isixhumanisi sikopishiwe.',
};

export default messages;
