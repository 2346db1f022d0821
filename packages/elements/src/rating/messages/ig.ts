// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Na-ebu…',
  'rating.stars': { other: 'kpakpando {count}' },
  'rating.yes': 'Ee',
  'rating.no': 'Mba',
  'rating.csat.1': 'Afọ ejughị m ma ọlị',
  'rating.csat.2': 'Afọ ejughị m',
  'rating.csat.3': "Ọ nọ n'etiti",
  'rating.csat.4': 'Afọ ju m',
  'rating.csat.5': 'Afọ ju m nke ukwuu',
  'rating.send': 'Ziga ntụle',
  'rating.sending': 'Na-eziga…',
  'rating.choose': 'Buru ụzọ họrọ ntụle.',
  'rating.thanks': 'Daalụ maka nzaghachi gị.',
  'rating.follow-up': 'Gwakwuo anyị (ọ bụghị iwu)',
  'rating.reasons': 'Gịnị ka ọ metụtara?',
  'rating.comment': 'Nkwupụta',
  'rating.comment-hint': 'Etinyela ozi nkeonwe, dịka aha gị ma ọ bụ adreesị gị.',
  'rating.send-more': 'Ziga',
  'rating.skip': 'Wụfee',
  'rating.done': 'Daalụ. Nzaghachi gị na-enyere anyị aka imeziwanye ọrụ a.',
  'rating.yours': 'Ntụle gị: {score}.',
  'rating.change': 'Gbanwee azịza gị',
  'rating.closed': 'Ọrụ a anaghị anabata ntụle ugbu a.',
  'rating.average': "{average} n'ime 5",
  'rating.yes-share': '{percent} nke ndị mmadụ chọpụtara na nke a bara uru',
  'rating.count': { '=0': 'Enweghị ntụle ọ bụla ugbu a', other: 'site na ntụle {count}' },
  'rating.details-show': 'Gosi ntụle niile',
  'rating.details-hide': 'Zoo ntụle niile',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
