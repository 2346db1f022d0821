// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Eskaera kargatzen…',
  'petition.full-text': 'Irakurri eskaera osorik',
  'petition.signatures': { '=0': 'Sinadurarik ez oraindik', one: 'Sinadura {count}', other: '{count} sinadura' },
  'petition.progress': 'Sinadurak: {count} / {goal} ({percent})',
  'petition.milestones': 'Mugarriak',
  'petition.milestone': { one: 'Sinadura {count} — {label}', other: '{count} sinadura — {label}' },
  'petition.reached': '(✓ lortuta)',
  'petition.milestone-reached': 'Mugarria lortu da: {label}.',
  'petition.closes': 'Sinatzeko zabalik {date} arte.',
  'petition.opens': 'Eskaera hau sinatzeko zabalduko da data honetan: {date}.',
  'petition.closed': 'Eskaera hau itxita dago. Ez da sinadura gehiagorik biltzen.',
  'petition.response': 'Erantzun ofiziala',
  'petition.responded-on': 'Argitalpen-data: {date}.',
  'petition.recent': 'Azken sinatzaileak',
  'petition.sign': 'Sinatu eskaera hau',
  'petition.name': 'Izen-abizenak',
  'petition.email': 'Helbide elektronikoa',
  'petition.email-hint': 'Esteka bat bidaliko dizugu zure sinadura berresteko.',
  'petition.region': 'Bizilekua',
  'petition.region-choose': 'Aukeratu zure bizilekua',
  'petition.consent':
    'Onartzen dut nire izena, helbide elektronikoa eta bizilekua tratatzea nire sinadura erregistratzeko, dokumentu honetan azaltzen den bezala: {privacy}.',
  'petition.privacy-notice': 'pribatutasun-oharra',
  'petition.show-name': 'Erakutsi nire izena publikoki sinatzaileen zerrendan',
  'petition.submit': 'Sinatu eskaera',
  'petition.submitting': 'Sinatzen…',
  'petition.error-summary': 'Arazo bat dago',
  'petition.error.name': 'Idatzi zure izen-abizenak.',
  'petition.error.email-empty': 'Idatzi zure helbide elektronikoa.',
  'petition.error.email': 'Idatzi helbide elektroniko bat formatu egokian; adibidez, izena@example.com.',
  'petition.error.region': 'Aukeratu zure bizilekua.',
  'petition.error.consent': 'Sinatu ahal izateko, onartu egin behar duzu.',
  'petition.check-email': 'Begiratu zure posta elektronikoa',
  'petition.check-email-body':
    'Esteka bat bidali dugu helbide honetara: {email}. Ireki ezazu zure sinadura berresteko: berretsi ondoren bakarrik zenbatuko da.',
  'petition.check-email-help':
    'Minutu batzuen buruan ezer iristen ez bada, begiratu spam karpeta, edo sinatu berriro helbide berarekin esteka berri bat jasotzeko.',
  'petition.share': 'Partekatu eskaera hau',
  'petition.copied': 'Esteka kopiatu da.',
};

export default messages;
