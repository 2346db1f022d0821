// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'იტვირთება…',
  'rating.stars': { one: '{count} ვარსკვლავი', other: '{count} ვარსკვლავი' },
  'rating.yes': 'დიახ',
  'rating.no': 'არა',
  'rating.csat.1': 'ძალიან უკმაყოფილო',
  'rating.csat.2': 'უკმაყოფილო',
  'rating.csat.3': 'არც კმაყოფილი, არც უკმაყოფილო',
  'rating.csat.4': 'კმაყოფილი',
  'rating.csat.5': 'ძალიან კმაყოფილი',
  'rating.send': 'შეფასების გაგზავნა',
  'rating.sending': 'იგზავნება…',
  'rating.choose': 'ჯერ აირჩიეთ შეფასება.',
  'rating.thanks': 'გმადლობთ გამოხმაურებისთვის.',
  'rating.follow-up': 'გვითხარით მეტი (არასავალდებულო)',
  'rating.reasons': 'რას ეხებოდა?',
  'rating.comment': 'კომენტარი',
  'rating.comment-hint': 'ნუ მიუთითებთ პერსონალურ მონაცემებს, მაგალითად, თქვენს სახელს ან მისამართს.',
  'rating.send-more': 'გაგზავნა',
  'rating.skip': 'გამოტოვება',
  'rating.done': 'გმადლობთ. თქვენი გამოხმაურება გვეხმარება ამ სერვისის გაუმჯობესებაში.',
  'rating.yours': 'თქვენი შეფასება: {score}.',
  'rating.change': 'პასუხის შეცვლა',
  'rating.closed': 'ეს სერვისი ამჟამად შეფასებებს არ იღებს.',
  'rating.average': '{average} 5-დან',
  'rating.yes-share': 'ეს სასარგებლოდ მიიჩნია მომხმარებელთა {percent}-მა',
  'rating.count': { '=0': 'შეფასებები ჯერ არ არის', one: '{count} შეფასების საფუძველზე', other: '{count} შეფასების საფუძველზე' },
  'rating.details-show': 'ყველა შეფასების ჩვენება',
  'rating.details-hide': 'ყველა შეფასების დამალვა',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
