// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Учитавање петиције…',
  'petition.full-text': 'Прочитајте цео текст петиције',
  'petition.signatures': { '=0': 'Још нема потписа', one: '{count} потпис', few: '{count} потписа', other: '{count} потписа' },
  'petition.progress': 'Потписи: {count} од {goal} ({percent})',
  'petition.milestones': 'Етапе',
  'petition.milestone': { few: '{count} потписа — {label}', one: '{count} потпис — {label}', other: '{count} потписа — {label}' },
  'petition.reached': '(✓ достигнуто)',
  'petition.milestone-reached': 'Достигнута етапа: {label}.',
  'petition.closes': 'Рок за потписивање: {date}',
  'petition.opens': 'Потписивање ове петиције почиње: {date}.',
  'petition.closed': 'Ова петиција је затворена. Потписи се више не прикупљају.',
  'petition.response': 'Званични одговор',
  'petition.responded-on': 'Објављено: {date}',
  'petition.recent': 'Недавно потписали',
  'petition.sign': 'Потпишите ову петицију',
  'petition.name': 'Име и презиме',
  'petition.email': 'Адреса електронске поште',
  'petition.email-hint': 'Послаћемо Вам линк за потврду потписа.',
  'petition.region': 'Место становања',
  'petition.region-choose': 'Изаберите место становања',
  'petition.consent':
    'Дајем сагласност да се моје име, адреса електронске поште и место становања обрађују ради евидентирања мог потписа, као што је описано у {privacy}.',
  'petition.privacy-notice': 'обавештењу о обради података о личности',
  'petition.show-name': 'Јавно прикажите моје име на списку потписника',
  'petition.submit': 'Потпишите петицију',
  'petition.submitting': 'Потписивање…',
  'petition.error-summary': 'Дошло је до проблема',
  'petition.error.name': 'Унесите име и презиме.',
  'petition.error.email-empty': 'Унесите адресу електронске поште.',
  'petition.error.email': 'Унесите адресу електронске поште у исправном облику, на пример name@example.com.',
  'petition.error.region': 'Изаберите место становања.',
  'petition.error.consent': 'Да бисте потписали, потребно је да дате сагласност.',
  'petition.check-email': 'Проверите своју е-пошту',
  'petition.check-email-body':
    'Послали смо линк на адресу {email}. Отворите га да бисте потврдили потпис: потпис се рачуна тек када буде потврђен.',
  'petition.check-email-help':
    'Ако за неколико минута ништа не стигне, проверите фасциклу за нежељену пошту или поново потпишите са истом адресом да бисте добили нови линк.',
  'petition.share': 'Поделите ову петицију',
  'petition.copied': 'Линк је копиран.',
};

export default messages;
