// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'පිළිතුරු සඳහා ඊමේල්',
  'comments.form.email-hint':
    'ඔබ ලිපිනය තහවුරු කළ පසු, යමෙකු පිළිතුරු දුන් විට අපි ඔබට ඊමේල් කරන්නෙමු (පැයකට උපරිම එක් වරක්). ලිපිනය කිසිවිටෙක පෙන්වනු නොලැබේ.',
  'comments.form.email-error': 'නිවැරදි ආකෘතියෙන් ඊමේල් ලිපිනයක් ඇතුළත් කරන්න, උදා. name@example.com.',
  'comments.posted-email': 'මෙම ලිපිනය අපට අලුත් නම්, පිළිතුරු ගැන ඊමේල් ලබා ගැනීමට අප එයට එවූ සබැඳිය විවෘත කරන්න.',
};

export default messages;
