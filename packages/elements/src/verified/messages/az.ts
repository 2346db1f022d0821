// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Burada yalnız təsdiqlənmiş iştirakçılar iştirak edə bilər.',
  'eligibility.sign-in': 'İştirak etmək üçün daxil olun',
  'error.verification-required':
    'Burada yalnız təsdiqlənmiş iştirakçılar iştirak edə bilər. Daxil olun, sonra yenidən cəhd edin.',
  'error.not-eligible': 'Hesabınız burada iştirak etmək üçün tələblərə cavab vermir.',
};

export default messages;
