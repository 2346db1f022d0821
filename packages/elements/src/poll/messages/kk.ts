// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Сауалнама жүктелуде…',
  'poll.vote': 'Дауыс беру',
  'poll.submitting': 'Дауысыңыз жіберілуде…',
  'poll.change-vote': 'Дауысты өзгерту',
  'poll.keep-vote': 'Дауысымды сақтау',
  'poll.hint-single': 'Бір нұсқаны таңдаңыз.',
  'poll.hint-multiple': { one: '1 нұсқаны таңдаңыз.', other: 'Ең көбі {count} нұсқаны таңдаңыз.' },
  'poll.max-reached': {
    one: 'Сіз рұқсат етілген ең көп нұсқаны таңдадыңыз: 1.',
    other: 'Сіз рұқсат етілген ең көп нұсқаны таңдадыңыз: {count}.',
  },
  'poll.need-choice': 'Дауыс бермес бұрын нұсқаны таңдаңыз.',
  'poll.voted': 'Рақмет. Дауысыңыз есепке алынды.',
  'poll.vote-changed': 'Дауысыңыз өзгертілді.',
  'poll.you-voted': 'Сіз бұл сауалнамада дауыс бердіңіз.',
  'poll.your-choice': '(✓ сіздің таңдауыңыз)',
  'poll.votes': { '=0': 'дауыс жоқ', one: '{count} дауыс', other: '{count} дауыс' },
  'poll.participants': {
    '=0': 'Әзірге ешкім дауыс берген жоқ.',
    one: '{count} адам дауыс берді.',
    other: '{count} адам дауыс берді.',
  },
  'poll.closes': 'Сауалнама {relative} жабылады ({date}).',
  'poll.opens': 'Бұл сауалнама {relative} ашылады ({date}).',
  'poll.closed-on': 'Бұл сауалнама жабылған күн: {date}.',
  'poll.closed': 'Бұл сауалнама жабық.',
  'poll.results': 'Нәтижелер',
  'poll.results-after-vote': 'Нәтижелер дауыс бергеннен кейін көрсетіледі.',
  'poll.results-after-close': 'Нәтижелер сауалнама жабылғанда көрсетіледі.',
  'poll.results-never': 'Бұл сауалнаманың нәтижелері жарияланбайды.',
  'poll.error.already-done': 'Сіз бұл сауалнамада дауыс беріп қойғансыз.',
  'poll.error.closed': 'Бұл сауалнамада енді дауыс беру мүмкін емес.',
};

export default messages;
