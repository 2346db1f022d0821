// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Učitavanje…',
  'rating.stars': { one: '{count} zvjezdica', few: '{count} zvjezdice', other: '{count} zvjezdica' },
  'rating.yes': 'Da',
  'rating.no': 'Ne',
  'rating.csat.1': 'Vrlo nezadovoljan',
  'rating.csat.2': 'Nezadovoljan',
  'rating.csat.3': 'Ni zadovoljan ni nezadovoljan',
  'rating.csat.4': 'Zadovoljan',
  'rating.csat.5': 'Vrlo zadovoljan',
  'rating.send': 'Pošaljite ocjenu',
  'rating.sending': 'Slanje…',
  'rating.choose': 'Najprije odaberite ocjenu.',
  'rating.thanks': 'Hvala na povratnim informacijama.',
  'rating.follow-up': 'Recite nam više (neobavezno)',
  'rating.reasons': 'Na što se to odnosilo?',
  'rating.comment': 'Komentar',
  'rating.comment-hint': 'Nemojte navoditi osobne podatke, kao što su ime ili adresa.',
  'rating.send-more': 'Pošaljite',
  'rating.skip': 'Preskočite',
  'rating.done': 'Hvala. Vaše povratne informacije pomažu nam poboljšati ovu uslugu.',
  'rating.yours': 'Vaša ocjena: {score}.',
  'rating.change': 'Promijenite odgovor',
  'rating.closed': 'Ova usluga trenutačno ne prima ocjene.',
  'rating.average': '{average} od 5',
  'rating.yes-share': '{percent} ljudi smatra da je ovo korisno',
  'rating.count': { '=0': 'Još nema ocjena', one: '({count} ocjena)', few: '({count} ocjene)', other: '({count} ocjena)' },
  'rating.details-show': 'Prikažite sve ocjene',
  'rating.details-hide': 'Sakrijte sve ocjene',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
