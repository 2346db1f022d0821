// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'I-imeyili yezimpendulo',
  'comments.form.email-hint':
    'Sizokuthumelela i-imeyili uma othile ephendula, kungadluli kanye ngehora, ngemva kokuqinisekisa ikheli. Ikheli alisoze laboniswa.',
  'comments.form.email-error': 'Faka ikheli le-imeyili ngendlela efanele, isibonelo igama@example.com.',
  'comments.posted-email':
    'Uma leli kheli lilisha kithi, vula isixhumanisi esisithumele kulo ukuze uthole ama-imeyili mayelana nezimpendulo.',
};

export default messages;
