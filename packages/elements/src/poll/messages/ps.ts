// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'نظرپوښتنه بارېږي…',
  'poll.vote': 'رایه ورکړئ',
  'poll.submitting': 'ستاسو رایه لېږل کېږي…',
  'poll.change-vote': 'خپله رایه بدله کړئ',
  'poll.keep-vote': 'زما رایه وساتئ',
  'poll.hint-single': 'یو انتخاب وټاکئ.',
  'poll.hint-multiple': { one: 'یو انتخاب وټاکئ.', other: 'تر {count} پورې انتخابونه وټاکئ.' },
  'poll.max-reached': {
    one: 'تاسو تر ټولو زیات اجازه لرونکی شمېر، یعنې یو انتخاب، ټاکلی دی.',
    other: 'تاسو تر ټولو زیات اجازه لرونکی شمېر، یعنې {count} انتخابونه، ټاکلي دي.',
  },
  'poll.need-choice': 'له رایې ورکولو مخکې یو انتخاب وټاکئ.',
  'poll.voted': 'مننه. ستاسو رایه ثبت شوه.',
  'poll.vote-changed': 'ستاسو رایه بدله شوه.',
  'poll.you-voted': 'تاسو په دې نظرپوښتنه کې رایه ورکړې ده.',
  'poll.your-choice': '(✓ ستاسو انتخاب)',
  'poll.votes': { '=0': 'هېڅ رایه نشته', one: 'یوه رایه', other: '{count} رایې' },
  'poll.participants': {
    '=0': 'تر اوسه چا رایه نه ده ورکړې.',
    one: 'یوه کس رایه ورکړې ده.',
    other: '{count} کسانو رایه ورکړې ده.',
  },
  'poll.closes': 'دا نظرپوښتنه {relative} تړل کېږي ({date}).',
  'poll.opens': 'دا نظرپوښتنه {relative} پرانیستل کېږي ({date}).',
  'poll.closed-on': 'دا نظرپوښتنه په {date} وتړل شوه.',
  'poll.closed': 'دا نظرپوښتنه تړل شوې ده.',
  'poll.results': 'پایلې',
  'poll.results-after-vote': 'پایلې ستاسو له رایې ورکولو وروسته ښودل کېږي.',
  'poll.results-after-close': 'پایلې به د نظرپوښتنې له تړل کېدو وروسته وښودل شي.',
  'poll.results-never': 'د دې نظرپوښتنې پایلې نه خپرېږي.',
  'poll.error.already-done': 'تاسو په دې نظرپوښتنه کې مخکې رایه ورکړې ده.',
  'poll.error.closed': 'دا نظرپوښتنه نور د رایې ورکولو لپاره پرانیستې نه ده.',
};

export default messages;
