// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Correu electrònic per a respostes',
  'comments.form.email-hint':
    'Us enviem un missatge quan algú respon, com a màxim un cop per hora, després que hàgiu confirmat l’adreça. No es mostra mai.',
  'comments.form.email-error': 'Escriviu una adreça electrònica amb el format correcte, com ara nom@example.com.',
  'comments.posted-email':
    'Si aquesta adreça és nova per a nosaltres, obriu l’enllaç que hi hem enviat per rebre missatges sobre respostes.',
};

export default messages;
