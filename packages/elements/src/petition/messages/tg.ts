// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Петитсия бор шуда истодааст…',
  'petition.full-text': 'Хондани матни пурраи петитсия',
  'petition.signatures': { '=0': 'Ҳанӯз имзо нест', one: '{count} имзо', other: '{count} имзо' },
  'petition.progress': 'Имзоҳо: {count} аз {goal} ({percent})',
  'petition.milestones': 'Ҳадафҳои марҳилавӣ',
  'petition.milestone': { one: '{count} имзо — {label}', other: '{count} имзо — {label}' },
  'petition.reached': '(✓ ба даст омад)',
  'petition.milestone-reached': 'Ҳадафи марҳилавӣ ба даст омад: {label}.',
  'petition.closes': 'Имзоҳо то {date} қабул карда мешаванд.',
  'petition.opens': 'Ҷамъоварии имзо барои ин петитсия санаи {date} оғоз мешавад.',
  'petition.closed': 'Ин петитсия баста шудааст. Дигар имзо ҷамъ карда намешавад.',
  'petition.response': 'Ҷавоби расмӣ',
  'petition.responded-on': 'Санаи нашр: {date}.',
  'petition.recent': 'Охирин имзокунандагон',
  'petition.sign': 'Ба ин петитсия имзо гузоштан',
  'petition.name': 'Ному насаб',
  'petition.email': 'Суроғаи почтаи электронӣ',
  'petition.email-hint': 'Мо ба шумо пайванд мефиристем, то имзоятонро тасдиқ кунед.',
  'petition.region': 'Ҷои зисти шумо',
  'petition.region-choose': 'Ҷои зисти худро интихоб кунед',
  'petition.consent':
    'Ман розӣ ҳастам, ки ному насаб, суроғаи почтаи электронӣ ва минтақаи ман барои сабти имзоям, тавре ки дар {privacy} тавсиф шудааст, коркард карда шаванд.',
  'petition.privacy-notice': 'сиёсати махфият',
  'petition.show-name': 'Нишон додани номам дар рӯйхати оммавии имзокунандагон',
  'petition.submit': 'Имзо гузоштан',
  'petition.submitting': 'Имзо гузошта шуда истодааст…',
  'petition.error-summary': 'Мушкиле ҳаст',
  'petition.error.name': 'Ному насаби худро ворид кунед.',
  'petition.error.email-empty': 'Суроғаи почтаи электронии худро ворид кунед.',
  'petition.error.email': 'Суроғаи почтаи электрониро дар формати дуруст ворид кунед, масалан: name@example.com.',
  'petition.error.region': 'Ҷои зисти худро интихоб кунед.',
  'petition.error.consent': 'Барои имзо гузоштан бояд розигии худро диҳед.',
  'petition.check-email': 'Почтаи электронии худро санҷед',
  'petition.check-email-body':
    'Мо ба {email} пайванд фиристодем. Барои тасдиқи имзоятон онро кушоед: имзо танҳо пас аз тасдиқ ба ҳисоб гирифта мешавад.',
  'petition.check-email-help':
    'Агар дар давоми чанд дақиқа мактуб наояд, ҷузвдони спамро санҷед ё бо ҳамон суроға аз нав имзо гузоред, то пайванди нав гиред.',
  'petition.share': 'Мубодилаи ин петитсия',
  'petition.copied': 'Пайванд нусхабардорӣ шуд.',
};

export default messages;
