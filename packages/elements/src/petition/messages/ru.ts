// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Загрузка петиции…',
  'petition.full-text': 'Читать полный текст петиции',
  'petition.signatures': {
    '=0': 'Подписей пока нет',
    one: '{count} подпись',
    few: '{count} подписи',
    many: '{count} подписей',
    other: '{count} подписи',
  },
  'petition.progress': 'Собрано подписей: {count} из {goal} ({percent})',
  'petition.milestones': 'Этапы',
  'petition.milestone': {
    few: '{count} подписи — {label}',
    many: '{count} подписей — {label}',
    one: '{count} подпись — {label}',
    other: '{count} подписи — {label}',
  },
  'petition.reached': '(✓ достигнуто)',
  'petition.milestone-reached': 'Этап достигнут: {label}.',
  'petition.closes': 'Подписи принимаются до {date}',
  'petition.opens': 'Сбор подписей под этой петицией начнётся {date}.',
  'petition.closed': 'Эта петиция закрыта. Подписи больше не принимаются.',
  'petition.response': 'Официальный ответ',
  'petition.responded-on': 'Опубликован {date}',
  'petition.recent': 'Недавно подписали',
  'petition.sign': 'Подписать эту петицию',
  'petition.name': 'Имя и фамилия',
  'petition.email': 'Адрес электронной почты',
  'petition.email-hint': 'Мы отправим вам ссылку для подтверждения подписи.',
  'petition.region': 'Место жительства',
  'petition.region-choose': 'Выберите место жительства',
  'petition.consent':
    'Я даю согласие на обработку моего имени, адреса электронной почты и места жительства для учёта моей подписи, как описано в {privacy}.',
  'petition.privacy-notice': 'политике конфиденциальности',
  'petition.show-name': 'Показывать моё имя в открытом списке подписавших',
  'petition.submit': 'Подписать петицию',
  'petition.submitting': 'Отправка подписи…',
  'petition.error-summary': 'Возникла проблема',
  'petition.error.name': 'Введите имя и фамилию.',
  'petition.error.email-empty': 'Введите адрес электронной почты.',
  'petition.error.email': 'Введите адрес электронной почты в правильном формате, например name@example.com.',
  'petition.error.region': 'Выберите место жительства.',
  'petition.error.consent': 'Чтобы подписать петицию, нужно дать согласие.',
  'petition.check-email': 'Проверьте почту',
  'petition.check-email-body':
    'Мы отправили ссылку на адрес {email}. Откройте её, чтобы подтвердить подпись: подпись учитывается только после подтверждения.',
  'petition.check-email-help':
    'Если письмо не придёт в течение нескольких минут, проверьте папку «Спам» или подпишите петицию ещё раз с тем же адресом, чтобы получить новую ссылку.',
  'petition.share': 'Поделиться петицией',
  'petition.copied': 'Ссылка скопирована.',
};

export default messages;
