// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Жооптор үчүн электрондук почта',
  'comments.form.email-hint':
    'Даректи ырастагандан кийин, бирөө жооп бергенде сизге кат жөнөтөбүз, саатына эң көп дегенде бир жолу. Дарек эч качан көрсөтүлбөйт.',
  'comments.form.email-error': 'Электрондук почта дарегин туура форматта киргизиңиз, мисалы: name@example.com.',
  'comments.posted-email': 'Эгер бул дарек биз үчүн жаңы болсо, жооптор тууралуу кат алуу үчүн ага жөнөткөн шилтемебизди ачыңыз.',
};

export default messages;
