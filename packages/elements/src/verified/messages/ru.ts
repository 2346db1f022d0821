// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Участвовать здесь могут только подтверждённые участники.',
  'eligibility.sign-in': 'Войти, чтобы участвовать',
  'error.verification-required': 'Участвовать здесь могут только подтверждённые участники. Войдите и попробуйте ещё раз.',
  'error.not-eligible': 'Ваша учётная запись не соответствует условиям для участия здесь.',
};

export default messages;
