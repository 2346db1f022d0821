// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'उत्तरांसाठी ई-मेल',
  'comments.form.email-hint':
    'आपण पत्त्याची पुष्टी केल्यानंतर, कोणी उत्तर दिल्यास आम्ही आपल्याला ई-मेल करू, तासाला जास्तीत जास्त एकदा. हा पत्ता कधीही दाखवला जात नाही.',
  'comments.form.email-error': 'ई-मेल पत्ता योग्य स्वरूपात लिहा, उदा. name@example.com.',
  'comments.posted-email': 'हा पत्ता आमच्यासाठी नवीन असल्यास, उत्तरांबद्दल ई-मेल मिळवण्यासाठी आम्ही त्यावर पाठवलेली लिंक उघडा.',
};

export default messages;
