// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Зареждане на петицията…',
  'petition.full-text': 'Пълен текст на петицията',
  'petition.signatures': { '=0': 'Все още няма подписи', one: '{count} подпис', other: '{count} подписа' },
  'petition.progress': 'Подписи: {count} от {goal} ({percent})',
  'petition.milestones': 'Етапи',
  'petition.milestone': { one: '{count} подпис — {label}', other: '{count} подписа — {label}' },
  'petition.reached': '(✓ постигнато)',
  'petition.milestone-reached': 'Постигнат етап: {label}.',
  'petition.closes': 'Подписите се събират до {date}',
  'petition.opens': 'Събирането на подписи за тази петиция започва на {date}.',
  'petition.closed': 'Тази петиция е закрита. Подписи вече не се събират.',
  'petition.response': 'Официален отговор',
  'petition.responded-on': 'Публикуван на {date}',
  'petition.recent': 'Наскоро подписали',
  'petition.sign': 'Подпишете тази петиция',
  'petition.name': 'Име и фамилия',
  'petition.email': 'Имейл адрес',
  'petition.email-hint': 'Ще Ви изпратим линк за потвърждаване на подписа.',
  'petition.region': 'Местоживеене',
  'petition.region-choose': 'Изберете местоживеене',
  'petition.consent':
    'Давам съгласие името ми, имейл адресът ми и местоживеенето ми да бъдат обработвани, за да бъде регистриран подписът ми, както е описано в {privacy}.',
  'petition.privacy-notice': 'политиката за поверителност',
  'petition.show-name': 'Показване на името ми в публичния списък на подписалите',
  'petition.submit': 'Подписване на петицията',
  'petition.submitting': 'Подписване…',
  'petition.error-summary': 'Възникна проблем',
  'petition.error.name': 'Въведете име и фамилия.',
  'petition.error.email-empty': 'Въведете имейл адрес.',
  'petition.error.email': 'Въведете имейл адрес в правилен формат, например name@example.com.',
  'petition.error.region': 'Изберете местоживеене.',
  'petition.error.consent': 'За да подпишете, трябва да дадете съгласие.',
  'petition.check-email': 'Проверете имейла си',
  'petition.check-email-body':
    'Изпратихме линк на {email}. Отворете го, за да потвърдите подписа си: той се отчита само след потвърждение.',
  'petition.check-email-help':
    'Ако до няколко минути не получите нищо, проверете папката за спам или подпишете отново със същия адрес, за да получите нов линк.',
  'petition.share': 'Споделяне на петицията',
  'petition.copied': 'Линкът е копиран.',
};

export default messages;
