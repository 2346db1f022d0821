// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'ここには、本人確認済みの参加者のみ参加できます。',
  'eligibility.sign-in': 'ログインして参加する',
  'error.verification-required': 'ここには、本人確認済みの参加者のみ参加できます。ログインしてから、もう一度お試しください。',
  'error.not-eligible': 'お使いのアカウントは、ここに参加するための条件を満たしていません。',
};

export default messages;
