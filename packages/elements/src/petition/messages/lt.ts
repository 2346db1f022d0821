// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Įkeliama peticija…',
  'petition.full-text': 'Skaityti visą peticijos tekstą',
  'petition.signatures': {
    '=0': 'Parašų dar nėra',
    one: '{count} parašas',
    few: '{count} parašai',
    many: '{count} parašo',
    other: '{count} parašų',
  },
  'petition.progress': 'Parašai: {count} iš {goal} ({percent})',
  'petition.milestones': 'Tarpiniai tikslai',
  'petition.milestone': {
    few: '{count} parašai — {label}',
    many: '{count} parašo — {label}',
    one: '{count} parašas — {label}',
    other: '{count} parašų — {label}',
  },
  'petition.reached': '(✓ pasiekta)',
  'petition.milestone-reached': 'Pasiektas tarpinis tikslas: {label}.',
  'petition.closes': 'Pasirašyti galima iki {date}.',
  'petition.opens': 'Šią peticiją bus galima pasirašyti nuo {date}.',
  'petition.closed': 'Ši peticija uždaryta. Parašai nebėra renkami.',
  'petition.response': 'Oficialus atsakymas',
  'petition.responded-on': 'Paskelbta {date}.',
  'petition.recent': 'Neseniai pasirašę',
  'petition.sign': 'Pasirašykite šią peticiją',
  'petition.name': 'Vardas ir pavardė',
  'petition.email': 'El. pašto adresas',
  'petition.email-hint': 'Atsiųsime Jums nuorodą parašui patvirtinti.',
  'petition.region': 'Gyvenamoji vieta',
  'petition.region-choose': 'Pasirinkite gyvenamąją vietą',
  'petition.consent':
    'Sutinku, kad mano vardas, pavardė, el. pašto adresas ir gyvenamoji vietovė būtų tvarkomi mano parašui užregistruoti, kaip aprašyta {privacy}.',
  'petition.privacy-notice': 'privatumo politikoje',
  'petition.show-name': 'Viešai rodyti mano vardą pasirašiusiųjų sąraše',
  'petition.submit': 'Pasirašyti peticiją',
  'petition.submitting': 'Pasirašoma…',
  'petition.error-summary': 'Kilo problema',
  'petition.error.name': 'Įveskite vardą ir pavardę.',
  'petition.error.email-empty': 'Įveskite el. pašto adresą.',
  'petition.error.email': 'Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, vardas@example.com.',
  'petition.error.region': 'Pasirinkite gyvenamąją vietą.',
  'petition.error.consent': 'Kad galėtumėte pasirašyti, turite duoti sutikimą.',
  'petition.check-email': 'Patikrinkite el. paštą',
  'petition.check-email-body':
    'Nusiuntėme nuorodą adresu {email}. Atidarykite ją, kad patvirtintumėte parašą: parašas įskaitomas tik jį patvirtinus.',
  'petition.check-email-help':
    'Jei per kelias minutes nieko negausite, patikrinkite šlamšto aplanką arba pasirašykite dar kartą tuo pačiu adresu ir gausite naują nuorodą.',
  'petition.share': 'Dalytis peticija',
  'petition.copied': 'Nuoroda nukopijuota.',
};

export default messages;
