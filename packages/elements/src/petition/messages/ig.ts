// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Na-ebu akwụkwọ arịrịọ…',
  'petition.full-text': 'Gụọ akwụkwọ arịrịọ ahụ niile',
  'petition.signatures': { '=0': 'Enweghị mbinye aka ọ bụla ugbu a', other: 'mbinye aka {count}' },
  'petition.progress': "Mbinye aka: {count} n'ime {goal} ({percent})",
  'petition.milestones': 'Ihe mgbaru ọsọ',
  'petition.milestone': { other: 'Mbinye aka {count} — {label}' },
  'petition.reached': '(✓ eruola)',
  'petition.milestone-reached': 'Eruola ihe mgbaru ọsọ: {label}.',
  'petition.closes': 'Ọ ghe oghe maka mbinye aka ruo {date}.',
  'petition.opens': 'Akwụkwọ arịrịọ a ga-amalite ịnabata mbinye aka na {date}.',
  'petition.closed': 'Emechiela akwụkwọ arịrịọ a. Ọ naghịzi anakọta mbinye aka.',
  'petition.response': 'Nzaghachi gọọmentị',
  'petition.responded-on': 'E bipụtara ya na {date}.',
  'petition.recent': "Ndị binyere aka n'oge na-adịbeghị anya",
  'petition.sign': "Binye aka n'akwụkwọ arịrịọ a",
  'petition.name': 'Aha zuru ezu',
  'petition.email': 'Adreesị email',
  'petition.email-hint': 'Anyị ga-ezitere gị njikọ (link) iji kwado mbinye aka gị.',
  'petition.region': 'Ebe ị bi',
  'petition.region-choose': 'Họrọ ebe ị bi',
  'petition.consent':
    "Ekwenyere m ka e jiri aha m, adreesị email m na mpaghara m dekọọ mbinye aka m, dịka a kọwara n'ime {privacy}.",
  'petition.privacy-notice': 'ọkwa nzuzo',
  'petition.show-name': "Gosi aha m n'ihu ọha na ndepụta ndị binyere aka",
  'petition.submit': "Binye aka n'akwụkwọ arịrịọ",
  'petition.submitting': 'Na-abinye aka…',
  'petition.error-summary': 'Enwere nsogbu',
  'petition.error.name': 'Tinye aha gị zuru ezu.',
  'petition.error.email-empty': 'Tinye adreesị email gị.',
  'petition.error.email': "Tinye adreesị email n'ụdị ziri ezi, dịka aha@example.com.",
  'petition.error.region': 'Họrọ ebe ị bi.',
  'petition.error.consent': 'Ị ga-ekwenye tupu ị nwee ike ịbinye aka.',
  'petition.check-email': 'Lelee email gị',
  'petition.check-email-body':
    'Anyị ezigala njikọ na {email}. Mepee ya iji kwado mbinye aka gị: a ga-agụ ya naanị mgbe a kwadoro ya.',
  'petition.check-email-help':
    "Ọ bụrụ na ihe ọ bụla abịaghị n'ime nkeji ole na ole, lelee folda spam gị, ma ọ bụ binye aka ọzọ site n'otu adreesị ahụ iji nweta njikọ ọhụrụ.",
  'petition.share': 'Kesaa akwụkwọ arịrịọ a',
  'petition.copied': 'Edepụtala njikọ ahụ.',
};

export default messages;
