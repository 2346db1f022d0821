// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Завантаження петиції…',
  'petition.full-text': 'Читати повний текст петиції',
  'petition.signatures': {
    '=0': 'Підписів ще немає',
    one: '{count} підпис',
    few: '{count} підписи',
    many: '{count} підписів',
    other: '{count} підпису',
  },
  'petition.progress': 'Зібрано підписів: {count} з {goal} ({percent})',
  'petition.milestones': 'Етапи',
  'petition.milestone': {
    few: '{count} підписи — {label}',
    many: '{count} підписів — {label}',
    one: '{count} підпис — {label}',
    other: '{count} підпису — {label}',
  },
  'petition.reached': '(✓ досягнуто)',
  'petition.milestone-reached': 'Етап досягнуто: {label}.',
  'petition.closes': 'Підписи приймаються до {date}',
  'petition.opens': 'Збір підписів під цією петицією розпочнеться {date}.',
  'petition.closed': 'Цю петицію закрито. Підписи більше не приймаються.',
  'petition.response': 'Офіційна відповідь',
  'petition.responded-on': 'Опубліковано {date}',
  'petition.recent': 'Нещодавно підписали',
  'petition.sign': 'Підписати цю петицію',
  'petition.name': 'Ім’я та прізвище',
  'petition.email': 'Адреса електронної пошти',
  'petition.email-hint': 'Ми надішлемо вам посилання для підтвердження підпису.',
  'petition.region': 'Місце проживання',
  'petition.region-choose': 'Виберіть місце проживання',
  'petition.consent':
    'Я погоджуюся на обробку мого імені, адреси електронної пошти та місця проживання для обліку мого підпису, як описано в {privacy}.',
  'petition.privacy-notice': 'політиці конфіденційності',
  'petition.show-name': 'Показувати моє ім’я у відкритому списку підписантів',
  'petition.submit': 'Підписати петицію',
  'petition.submitting': 'Надсилання підпису…',
  'petition.error-summary': 'Виникла проблема',
  'petition.error.name': 'Введіть ім’я та прізвище.',
  'petition.error.email-empty': 'Введіть адресу електронної пошти.',
  'petition.error.email': 'Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com.',
  'petition.error.region': 'Виберіть місце проживання.',
  'petition.error.consent': 'Щоб підписати петицію, потрібно надати згоду.',
  'petition.check-email': 'Перевірте пошту',
  'petition.check-email-body':
    'Ми надіслали посилання на адресу {email}. Відкрийте його, щоб підтвердити підпис: підпис враховується лише після підтвердження.',
  'petition.check-email-help':
    'Якщо лист не надійде протягом кількох хвилин, перевірте папку «Спам» або підпишіть петицію ще раз із тією самою адресою, щоб отримати нове посилання.',
  'petition.share': 'Поділитися петицією',
  'petition.copied': 'Посилання скопійовано.',
};

export default messages;
