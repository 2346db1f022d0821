// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Ríomhphost le haghaidh freagraí',
  'comments.form.email-hint':
    'Seolfaimid ríomhphost chugat nuair a thagann freagra, uair amháin san uair ar a mhéad, tar éis duit an seoladh a dheimhniú. Ní thaispeántar riamh é.',
  'comments.form.email-error': 'Cuir isteach seoladh ríomhphoist san fhormáid cheart, mar shampla ainm@example.com.',
  'comments.posted-email':
    'Más seoladh nua dúinn é seo, oscail an nasc a sheolamar chuige chun ríomhphoist faoi fhreagraí a fháil.',
};

export default messages;
