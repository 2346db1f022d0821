// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Ielādē petīciju…',
  'petition.full-text': 'Lasīt visu petīcijas tekstu',
  'petition.signatures': {
    '=0': 'Vēl nav parakstu',
    zero: '{count} paraksti',
    one: '{count} paraksts',
    other: '{count} paraksti',
  },
  'petition.progress': 'Paraksti: {count} no {goal} ({percent})',
  'petition.milestones': 'Starpmērķi',
  'petition.milestone': {
    one: '{count} paraksts — {label}',
    zero: '{count} parakstu — {label}',
    other: '{count} paraksti — {label}',
  },
  'petition.reached': '(✓ sasniegts)',
  'petition.milestone-reached': 'Sasniegts starpmērķis: {label}.',
  'petition.closes': 'Parakstu vākšanas beigu datums: {date}.',
  'petition.opens': 'Parakstu vākšanas sākuma datums: {date}.',
  'petition.closed': 'Šī petīcija ir slēgta. Paraksti vairs netiek vākti.',
  'petition.response': 'Oficiālā atbilde',
  'petition.responded-on': 'Publicēts: {date}.',
  'petition.recent': 'Nesen parakstījušies',
  'petition.sign': 'Parakstiet šo petīciju',
  'petition.name': 'Vārds un uzvārds',
  'petition.email': 'E-pasta adrese',
  'petition.email-hint': 'Mēs Jums nosūtīsim saiti paraksta apstiprināšanai.',
  'petition.region': 'Dzīvesvieta',
  'petition.region-choose': 'Izvēlieties dzīvesvietu',
  'petition.consent':
    'Piekrītu, ka mans vārds, e-pasta adrese un dzīvesvieta tiek apstrādāti mana paraksta reģistrēšanai, kā aprakstīts {privacy}.',
  'petition.privacy-notice': 'privātuma politikā',
  'petition.show-name': 'Publiski rādīt manu vārdu parakstītāju sarakstā',
  'petition.submit': 'Parakstīt petīciju',
  'petition.submitting': 'Notiek parakstīšana…',
  'petition.error-summary': 'Radusies problēma',
  'petition.error.name': 'Ievadiet vārdu un uzvārdu.',
  'petition.error.email-empty': 'Ievadiet e-pasta adresi.',
  'petition.error.email': 'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@example.com.',
  'petition.error.region': 'Izvēlieties dzīvesvietu.',
  'petition.error.consent': 'Lai parakstītu petīciju, Jums jāpiekrīt datu apstrādei.',
  'petition.check-email': 'Pārbaudiet e-pastu',
  'petition.check-email-body':
    'Mēs nosūtījām saiti uz {email}. Atveriet to, lai apstiprinātu parakstu: paraksts tiek ieskaitīts tikai pēc apstiprināšanas.',
  'petition.check-email-help':
    'Ja dažu minūšu laikā nekas nav saņemts, pārbaudiet surogātpasta mapi vai parakstiet vēlreiz ar to pašu adresi, lai saņemtu jaunu saiti.',
  'petition.share': 'Kopīgot petīciju',
  'petition.copied': 'Saite nokopēta.',
};

export default messages;
