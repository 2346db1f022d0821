// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Achainí á lódáil…',
  'petition.full-text': 'Léigh an achainí iomlán',
  'petition.signatures': {
    '=0': 'Gan aon síniú fós',
    one: '{count} síniú',
    two: '{count} shíniú',
    few: '{count} shíniú',
    many: '{count} síniú',
    other: '{count} síniú',
  },
  'petition.progress': 'Sínithe: {count} as {goal} ({percent})',
  'petition.milestones': 'Clocha míle',
  'petition.milestone': {
    few: '{count} shíniú — {label}',
    many: '{count} síniú — {label}',
    one: '{count} síniú — {label}',
    two: '{count} shíniú — {label}',
    other: '{count} síniú — {label}',
  },
  'petition.reached': '(✓ bainte amach)',
  'petition.milestone-reached': 'Cloch mhíle bainte amach: {label}.',
  'petition.closes': 'Ar oscailt le haghaidh sínithe go dtí {date}.',
  'petition.opens': 'Osclófar an achainí seo le haghaidh sínithe ar {date}.',
  'petition.closed': 'Tá an achainí seo dúnta. Níl sínithe á mbailiú a thuilleadh.',
  'petition.response': 'Freagra oifigiúil',
  'petition.responded-on': 'Foilsithe ar {date}.',
  'petition.recent': 'Daoine a shínigh le déanaí',
  'petition.sign': 'Sínigh an achainí seo',
  'petition.name': 'Ainm iomlán',
  'petition.email': 'Seoladh ríomhphoist',
  'petition.email-hint': 'Seolfaimid nasc chugat chun do shíniú a dheimhniú.',
  'petition.region': 'An áit a bhfuil tú i do chónaí',
  'petition.region-choose': 'Roghnaigh an áit a bhfuil tú i do chónaí',
  'petition.consent':
    'Aontaím go bpróiseálfar m’ainm, mo sheoladh ríomhphoist agus mo cheantar chun mo shíniú a thaifeadadh, mar a mhínítear anseo: {privacy}.',
  'petition.privacy-notice': 'fógra príobháideachais',
  'petition.show-name': 'Taispeáin m’ainm go poiblí ar liosta na ndaoine a shínigh',
  'petition.submit': 'Sínigh an achainí',
  'petition.submitting': 'Á síniú…',
  'petition.error-summary': 'Tá fadhb ann',
  'petition.error.name': 'Cuir isteach d’ainm iomlán.',
  'petition.error.email-empty': 'Cuir isteach do sheoladh ríomhphoist.',
  'petition.error.email': 'Cuir isteach seoladh ríomhphoist san fhormáid cheart, mar shampla ainm@example.com.',
  'petition.error.region': 'Roghnaigh an áit a bhfuil tú i do chónaí.',
  'petition.error.consent': 'Caithfidh tú aontú sular féidir leat síniú.',
  'petition.check-email': 'Seiceáil do ríomhphost',
  'petition.check-email-body':
    'Sheolamar nasc chuig {email}. Oscail é chun do shíniú a dheimhniú: ní áireofar do shíniú go dtí go mbeidh sé deimhnithe.',
  'petition.check-email-help':
    'Mura bhfaigheann tú aon rud laistigh de chúpla nóiméad, seiceáil d’fhillteán turscair, nó sínigh arís leis an seoladh céanna chun nasc nua a fháil.',
  'petition.share': 'Roinn an achainí seo',
  'petition.copied': 'Cóipeáladh an nasc.',
};

export default messages;
