// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-bost ar gyfer atebion',
  'comments.form.email-hint':
    'Byddwn ni’n anfon e-bost atoch chi pan fydd rhywun yn ateb, unwaith yr awr ar y mwyaf, ar ôl i chi gadarnhau’r cyfeiriad. Chaiff e byth ei ddangos.',
  'comments.form.email-error': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com.',
  'comments.posted-email':
    'Os yw’r cyfeiriad hwn yn newydd i ni, agorwch y ddolen rydyn ni wedi’i hanfon ato i gael e-byst am atebion.',
};

export default messages;
