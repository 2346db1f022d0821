// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Ana loda koken…',
  'petition.full-text': 'Karanta cikakken koken',
  'petition.signatures': { '=0': 'Babu sa hannu tukuna', one: 'sa hannu {count}', other: 'sa hannu {count}' },
  'petition.progress': 'Sa hannu: {count} cikin {goal} ({percent})',
  'petition.milestones': 'Matakai',
  'petition.milestone': { one: 'Sa hannu {count} — {label}', other: 'Sa hannu {count} — {label}' },
  'petition.reached': '(✓ an cimma)',
  'petition.milestone-reached': 'An cimma mataki: {label}.',
  'petition.closes': 'Ana karɓar sa hannu har zuwa {date}.',
  'petition.opens': 'Wannan koke zai fara karɓar sa hannu a ranar {date}.',
  'petition.closed': 'An rufe wannan koke. Ba ya karɓar sa hannu yanzu.',
  'petition.response': 'Amsa ta hukuma',
  'petition.responded-on': 'An wallafa a ranar {date}.',
  'petition.recent': 'Waɗanda suka sa hannu kwanan nan',
  'petition.sign': 'Sa hannu a wannan koke',
  'petition.name': 'Cikakken suna',
  'petition.email': 'Adireshin imel',
  'petition.email-hint': 'Za mu aiko muku da mahaɗa (link) don tabbatar da sa hannunku.',
  'petition.region': 'Inda kuke zaune',
  'petition.region-choose': 'Zaɓi inda kuke zaune',
  'petition.consent':
    'Na yarda a yi amfani da sunana, adireshin imel ɗina da yankina don adana sa hannuna, kamar yadda aka bayyana a cikin {privacy}.',
  'petition.privacy-notice': 'sanarwar sirri',
  'petition.show-name': 'Nuna sunana a fili a jerin waɗanda suka sa hannu',
  'petition.submit': 'Sa hannu a koken',
  'petition.submitting': 'Ana sa hannu…',
  'petition.error-summary': 'Akwai matsala',
  'petition.error.name': 'Ku shigar da cikakken sunanku.',
  'petition.error.email-empty': 'Ku shigar da adireshin imel ɗinku.',
  'petition.error.email': 'Ku shigar da adireshin imel a tsarin da ya dace, kamar suna@example.com.',
  'petition.error.region': 'Ku zaɓi inda kuke zaune.',
  'petition.error.consent': 'Sai kun yarda kafin ku iya sa hannu.',
  'petition.check-email': 'Ku duba imel ɗinku',
  'petition.check-email-body':
    'Mun aika mahaɗa zuwa {email}. Ku buɗe ta don tabbatar da sa hannunku: sai an tabbatar da shi ne za a ƙidaya shi.',
  'petition.check-email-help':
    'Idan babu abin da ya iso cikin ’yan mintoci, ku duba akwatin spam, ko ku sake sa hannu da adireshin nan don samun sabuwar mahaɗa.',
  'petition.share': 'Raba wannan koke',
  'petition.copied': 'An kwafi mahaɗar.',
};

export default messages;
