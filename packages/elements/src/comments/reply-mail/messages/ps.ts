// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'د ځوابونو لپاره برېښنالیک',
  'comments.form.email-hint':
    'کله چې پته تایید کړئ، که څوک ځواب درکړي، موږ به تاسو ته برېښنالیک ولېږو، په یوه ساعت کې تر ډېره یو ځل. دا پته هېڅکله نه ښودل کېږي.',
  'comments.form.email-error': 'برېښنالیک پته په سمه بڼه ولیکئ، لکه name@example.com.',
  'comments.posted-email':
    'که دا پته زموږ لپاره نوې وي، د ځوابونو په اړه د برېښنالیکونو د ترلاسه کولو لپاره هغه لینک پرانیزئ چې موږ دې پتې ته لېږلی دی.',
};

export default messages;
