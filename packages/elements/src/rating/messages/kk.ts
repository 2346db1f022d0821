// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Жүктелуде…',
  'rating.stars': { one: '{count} жұлдыз', other: '{count} жұлдыз' },
  'rating.yes': 'Иә',
  'rating.no': 'Жоқ',
  'rating.csat.1': 'Өте наразымын',
  'rating.csat.2': 'Наразымын',
  'rating.csat.3': 'Риза да, наразы да емеспін',
  'rating.csat.4': 'Ризамын',
  'rating.csat.5': 'Өте ризамын',
  'rating.send': 'Бағаны жіберу',
  'rating.sending': 'Жіберілуде…',
  'rating.choose': 'Алдымен бағаны таңдаңыз.',
  'rating.thanks': 'Пікіріңізге рақмет.',
  'rating.follow-up': 'Толығырақ айтыңыз (міндетті емес)',
  'rating.reasons': 'Бұл неге қатысты?',
  'rating.comment': 'Пікір',
  'rating.comment-hint': 'Атыңыз немесе мекенжайыңыз сияқты жеке деректерді жазбаңыз.',
  'rating.send-more': 'Жіберу',
  'rating.skip': 'Өткізіп жіберу',
  'rating.done': 'Рақмет. Пікіріңіз бұл қызметті жақсартуға көмектеседі.',
  'rating.yours': 'Сіздің бағаңыз: {score}.',
  'rating.change': 'Жауапты өзгерту',
  'rating.closed': 'Бұл қызмет қазір баға қабылдамайды.',
  'rating.average': '5 ұпайдан {average}',
  'rating.yes-share': 'Пайдалы деп тапқандар: {percent}',
  'rating.count': { '=0': 'Әзірге баға жоқ', one: '({count} баға негізінде)', other: '({count} баға негізінде)' },
  'rating.details-show': 'Барлық бағаларды көрсету',
  'rating.details-hide': 'Барлық бағаларды жасыру',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
