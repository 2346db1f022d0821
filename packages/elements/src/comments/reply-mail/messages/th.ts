// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'อีเมลสำหรับแจ้งการตอบกลับ',
  'comments.form.email-hint': 'เราจะส่งอีเมลแจ้งท่านเมื่อมีผู้ตอบกลับ ไม่เกินชั่วโมงละหนึ่งครั้ง หลังจากท่านยืนยันอีเมลแล้ว อีเมลนี้จะไม่แสดงให้ผู้อื่นเห็น',
  'comments.form.email-error': 'กรุณากรอกอีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com',
  'comments.posted-email': 'หากอีเมลนี้ยังใหม่สำหรับเรา กรุณาเปิดลิงก์ที่เราส่งไปยังอีเมลนั้นเพื่อรับอีเมลแจ้งการตอบกลับ',
};

export default messages;
