// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'এখানে শুধু যাচাইকৃত অংশগ্রহণকারীরা অংশ নিতে পারেন।',
  'eligibility.sign-in': 'অংশ নিতে সাইন ইন করুন',
  'error.verification-required': 'এখানে শুধু যাচাইকৃত অংশগ্রহণকারীরা অংশ নিতে পারেন। সাইন ইন করে আবার চেষ্টা করুন।',
  'error.not-eligible': 'আপনার অ্যাকাউন্ট এখানে অংশ নেওয়ার শর্ত পূরণ করে না।',
};

export default messages;
