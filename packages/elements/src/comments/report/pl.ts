// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Dlaczego zgłaszasz ten komentarz?',
  'comments.reason.spam': 'Spam lub reklama',
  'comments.reason.abuse': 'Obraźliwy lub agresywny',
  'comments.reason.off-topic': 'Nie na temat',
  'comments.reason.personal-data': 'Zawiera dane osobowe',
  'comments.reason.other': 'Inny powód',
  'comments.reported': 'Dziękujemy. Komentarz został zgłoszony moderatorom.',
  'comments.already-reported': 'Ten komentarz został już przez Ciebie zgłoszony.',
  'comments.delete-menu': 'Czy chcesz usunąć swój komentarz? Jego treść i Twoje imię zostaną trwale usunięte.',
  'comments.delete-yes': 'Usuń mój komentarz',
  'comments.delete-no': 'Zostaw go',
  'comments.deleted': 'Twój komentarz został usunięty.',
};

export default messages;
