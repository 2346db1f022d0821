// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Reacties laden…',
  'comments.count': { '=0': 'Nog geen reacties', one: '{count} reactie', other: '{count} reacties' },
  'comments.sort': 'Sorteren op',
  'comments.sort.newest': 'Nieuwste eerst',
  'comments.sort.oldest': 'Oudste eerst',
  'comments.sort.top': 'Meeste steun',
  'comments.empty': 'Nog geen reacties. Reageer als eerste.',
  'comments.more': 'Meer reacties tonen',
  'comments.new': { one: '{count} nieuwe reactie – tonen', other: '{count} nieuwe reacties – tonen' },
  'comments.closed': 'Deze discussie is gesloten. U kunt de reacties lezen, maar geen nieuwe plaatsen.',
  'comments.form.title': 'Reageren',
  'comments.form.reply-title': 'Antwoord aan {name}',
  'comments.form.name': 'Uw naam',
  'comments.form.name-hint': 'Laat leeg om te reageren als ‘Anoniem’. Wordt openbaar getoond.',
  'comments.form.body': 'Reactie',
  'comments.form.reply-body': 'Antwoord',
  'comments.form.submit': 'Reactie plaatsen',
  'comments.form.submit-reply': 'Antwoord plaatsen',
  'comments.form.submitting': 'Plaatsen…',
  'comments.form.cancel': 'Annuleren',
  'comments.form.required': 'Vul een reactie in.',
  'comments.form.too-long': 'Een reactie mag maximaal {max} tekens lang zijn.',
  'comments.posted': 'Uw reactie is geplaatst.',
  'comments.posted-pending': 'Bedankt. Uw reactie verschijnt zodra een moderator die heeft goedgekeurd.',
  'comments.pending': 'Wacht op goedkeuring',
  'comments.upvote': 'Steunen',
  'comments.upvote-label': {
    '=0': 'Deze reactie steunen (nog niemand steunt deze reactie)',
    one: 'Deze reactie steunen ({count} persoon steunt deze reactie)',
    other: 'Deze reactie steunen ({count} personen steunen deze reactie)',
  },
  'comments.reply': 'Antwoorden',
  'comments.replies-show': { one: '{count} antwoord tonen', other: '{count} antwoorden tonen' },
  'comments.replies-hide': { one: '{count} antwoord verbergen', other: '{count} antwoorden verbergen' },
  'comments.report': 'Melden',
  'comments.delete': 'Verwijderen',
};

export default messages;
