// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'जवाफका लागि इमेल',
  'comments.form.email-hint':
    'तपाईंले ठेगाना पुष्टि गरेपछि, कसैले जवाफ दिँदा हामी तपाईंलाई इमेल पठाउँछौं, घण्टामा बढीमा एक पटक। यो ठेगाना कहिल्यै देखाइँदैन।',
  'comments.form.email-error': 'सही ढाँचामा इमेल ठेगाना लेख्नुहोस् (जस्तै: name@example.com)।',
  'comments.posted-email': 'यो ठेगाना हाम्रा लागि नयाँ हो भने, जवाफबारे इमेल पाउन हामीले त्यसमा पठाएको लिङ्क खोल्नुहोस्।',
};

export default messages;
