// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Naglo-load ang petisyon…',
  'petition.full-text': 'Basahin ang buong petisyon',
  'petition.signatures': { '=0': 'Wala pang lagda', one: '{count} lagda', other: '{count} lagda' },
  'petition.progress': 'Mga lagda: {count} sa {goal} ({percent})',
  'petition.milestones': 'Mga target na bilang ng lagda',
  'petition.milestone': { one: '{count} lagda — {label}', other: '{count} lagda — {label}' },
  'petition.reached': '(✓ naabot)',
  'petition.milestone-reached': 'Naabot ang target: {label}.',
  'petition.closes': 'Bukas para sa paglagda hanggang {date}.',
  'petition.opens': 'Magbubukas ang petisyong ito para sa paglagda sa {date}.',
  'petition.closed': 'Sarado na ang petisyong ito. Hindi na ito tumatanggap ng mga lagda.',
  'petition.response': 'Opisyal na tugon',
  'petition.responded-on': 'Inilathala noong {date}.',
  'petition.recent': 'Mga bagong lumagda',
  'petition.sign': 'Lagdaan ang petisyong ito',
  'petition.name': 'Buong pangalan',
  'petition.email': 'Email address',
  'petition.email-hint': 'Padadalhan namin kayo ng link para makumpirma ang inyong lagda.',
  'petition.region': 'Kung saan kayo nakatira',
  'petition.region-choose': 'Piliin kung saan kayo nakatira',
  'petition.consent':
    'Pumapayag ako na iproseso ang aking pangalan, email address at lugar para maitala ang aking lagda, gaya ng nakasaad sa {privacy}.',
  'petition.privacy-notice': 'paunawa sa privacy',
  'petition.show-name': 'Ipakita sa publiko ang aking pangalan sa listahan ng mga lumagda',
  'petition.submit': 'Lagdaan ang petisyon',
  'petition.submitting': 'Nilalagdaan…',
  'petition.error-summary': 'May problema',
  'petition.error.name': 'Ilagay ang inyong buong pangalan.',
  'petition.error.email-empty': 'Ilagay ang inyong email address.',
  'petition.error.email': 'Ilagay ang email address sa tamang format, gaya ng pangalan@example.com.',
  'petition.error.region': 'Piliin kung saan kayo nakatira.',
  'petition.error.consent': 'Kailangan ninyong pumayag bago kayo makalagda.',
  'petition.check-email': 'Tingnan ang inyong email',
  'petition.check-email-body':
    'Nagpadala kami ng link sa {email}. Buksan ito para makumpirma ang inyong lagda: mabibilang lang ito kapag nakumpirma na.',
  'petition.check-email-help':
    'Kung walang dumating sa loob ng ilang minuto, tingnan ang inyong spam folder, o lumagda muli gamit ang parehong address para makakuha ng bagong link.',
  'petition.share': 'Ibahagi ang petisyong ito',
  'petition.copied': 'Nakopya na ang link.',
};

export default messages;
