// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'הסקר נטען…',
  'poll.vote': 'להצביע',
  'poll.submitting': 'ההצבעה נשלחת…',
  'poll.change-vote': 'לשנות את ההצבעה',
  'poll.keep-vote': 'להשאיר את ההצבעה שלי',
  'poll.hint-single': 'יש לבחור אפשרות אחת.',
  'poll.hint-multiple': {
    one: 'יש לבחור אפשרות אחת.',
    two: 'אפשר לבחור עד {count} אפשרויות.',
    other: 'אפשר לבחור עד {count} אפשרויות.',
  },
  'poll.max-reached': {
    one: 'בחרת את המספר המרבי: אפשרות אחת.',
    two: 'בחרת את המספר המרבי: {count} אפשרויות.',
    other: 'בחרת את המספר המרבי: {count} אפשרויות.',
  },
  'poll.need-choice': 'יש לבחור אפשרות לפני ההצבעה.',
  'poll.voted': 'תודה. ההצבעה שלך נרשמה.',
  'poll.vote-changed': 'ההצבעה שלך שונתה.',
  'poll.you-voted': 'הצבעת בסקר הזה.',
  'poll.your-choice': '(✓ הבחירה שלך)',
  'poll.votes': { '=0': 'אין הצבעות', one: 'הצבעה אחת', two: '{count} הצבעות', other: '{count} הצבעות' },
  'poll.participants': {
    '=0': 'עדיין אף אחד לא הצביע.',
    one: 'אדם אחד הצביע.',
    two: '{count} אנשים הצביעו.',
    other: '{count} אנשים הצביעו.',
  },
  'poll.closes': 'הסקר ייסגר {relative} ({date}).',
  'poll.opens': 'הסקר ייפתח {relative} ({date}).',
  'poll.closed-on': 'הסקר נסגר בתאריך {date}.',
  'poll.closed': 'הסקר סגור.',
  'poll.results': 'תוצאות',
  'poll.results-after-vote': 'התוצאות יוצגו אחרי ההצבעה.',
  'poll.results-after-close': 'התוצאות יוצגו כשהסקר ייסגר.',
  'poll.results-never': 'התוצאות של הסקר הזה אינן מתפרסמות.',
  'poll.error.already-done': 'כבר הצבעת בסקר הזה.',
  'poll.error.closed': 'הסקר כבר אינו פתוח להצבעה.',
};

export default messages;
