// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'เฉพาะผู้เข้าร่วมที่ยืนยันตัวตนแล้วเท่านั้นที่มีส่วนร่วมได้ที่นี่',
  'eligibility.sign-in': 'เข้าสู่ระบบเพื่อมีส่วนร่วม',
  'error.verification-required': 'เฉพาะผู้เข้าร่วมที่ยืนยันตัวตนแล้วเท่านั้นที่มีส่วนร่วมได้ที่นี่ กรุณาเข้าสู่ระบบแล้วลองอีกครั้ง',
  'error.not-eligible': 'บัญชีของท่านไม่เป็นไปตามเงื่อนไขในการมีส่วนร่วมที่นี่',
};

export default messages;
