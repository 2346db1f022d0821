// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Էլ. փոստ՝ պատասխանների համար',
  'comments.form.email-hint':
    'Հասցեն հաստատելուց հետո մենք Ձեզ նամակ կուղարկենք, երբ որևէ մեկը պատասխանի՝ ժամում առավելագույնը մեկ անգամ։ Հասցեն երբեք չի ցուցադրվում։',
  'comments.form.email-error': 'Մուտքագրեք էլ. փոստի հասցեն ճիշտ ձևաչափով, օրինակ՝ name@example.com։',
  'comments.posted-email':
    'Եթե այս հասցեն մեզ համար նոր է, բացեք այն հղումը, որը մենք ուղարկել ենք դրան, որպեսզի ստանաք պատասխանների մասին նամակներ։',
};

export default messages;
