// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'சரிபார்க்கப்பட்ட பங்கேற்பாளர்கள் மட்டுமே இங்கு பங்கேற்க முடியும்.',
  'eligibility.sign-in': 'பங்கேற்க உள்நுழையவும்',
  'error.verification-required': 'சரிபார்க்கப்பட்ட பங்கேற்பாளர்கள் மட்டுமே இங்கு பங்கேற்க முடியும். உள்நுழைந்து மீண்டும் முயற்சிக்கவும்.',
  'error.not-eligible': 'உங்கள் கணக்கு இங்கு பங்கேற்பதற்கான நிபந்தனைகளைப் பூர்த்தி செய்யவில்லை.',
};

export default messages;
