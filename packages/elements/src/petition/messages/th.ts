// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'กำลังโหลดคำร้อง…',
  'petition.full-text': 'อ่านคำร้องฉบับเต็ม',
  'petition.signatures': { '=0': 'ยังไม่มีผู้ลงชื่อ', other: '{count} รายชื่อ' },
  'petition.progress': 'รายชื่อ: {count} จาก {goal} ({percent})',
  'petition.milestones': 'เป้าหมายรายชื่อ',
  'petition.milestone': { other: '{count} รายชื่อ — {label}' },
  'petition.reached': '(✓ ถึงเป้าหมายแล้ว)',
  'petition.milestone-reached': 'ถึงเป้าหมายแล้ว: {label}',
  'petition.closes': 'เปิดให้ลงชื่อถึงวันที่ {date}',
  'petition.opens': 'คำร้องนี้จะเปิดให้ลงชื่อในวันที่ {date}',
  'petition.closed': 'คำร้องนี้ปิดแล้ว และไม่เปิดรับการลงชื่ออีกต่อไป',
  'petition.response': 'คำตอบอย่างเป็นทางการ',
  'petition.responded-on': 'เผยแพร่เมื่อวันที่ {date}',
  'petition.recent': 'ผู้ลงชื่อล่าสุด',
  'petition.sign': 'ลงชื่อในคำร้องนี้',
  'petition.name': 'ชื่อ-นามสกุล',
  'petition.email': 'อีเมล',
  'petition.email-hint': 'เราจะส่งลิงก์ให้ท่านเพื่อยืนยันการลงชื่อ',
  'petition.region': 'พื้นที่ที่ท่านอาศัยอยู่',
  'petition.region-choose': 'เลือกพื้นที่ที่ท่านอาศัยอยู่',
  'petition.consent': 'ข้าพเจ้ายินยอมให้ประมวลผลชื่อ อีเมล และพื้นที่ของข้าพเจ้าเพื่อบันทึกการลงชื่อ ตามที่ระบุไว้ใน{privacy}',
  'petition.privacy-notice': 'ประกาศความเป็นส่วนตัว',
  'petition.show-name': 'แสดงชื่อของข้าพเจ้าต่อสาธารณะในรายชื่อผู้ลงชื่อ',
  'petition.submit': 'ลงชื่อ',
  'petition.submitting': 'กำลังลงชื่อ…',
  'petition.error-summary': 'พบปัญหา',
  'petition.error.name': 'กรุณากรอกชื่อ-นามสกุล',
  'petition.error.email-empty': 'กรุณากรอกอีเมล',
  'petition.error.email': 'กรุณากรอกอีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com',
  'petition.error.region': 'กรุณาเลือกพื้นที่ที่ท่านอาศัยอยู่',
  'petition.error.consent': 'ท่านต้องให้ความยินยอมก่อนจึงจะลงชื่อได้',
  'petition.check-email': 'กรุณาตรวจสอบอีเมล',
  'petition.check-email-body': 'เราได้ส่งลิงก์ไปที่ {email} แล้ว กรุณาเปิดลิงก์เพื่อยืนยันการลงชื่อ การลงชื่อจะนับก็ต่อเมื่อได้รับการยืนยันแล้ว',
  'petition.check-email-help': 'หากไม่ได้รับอีเมลภายในไม่กี่นาที กรุณาตรวจสอบโฟลเดอร์สแปม หรือลงชื่ออีกครั้งด้วยอีเมลเดิมเพื่อรับลิงก์ใหม่',
  'petition.share': 'แชร์คำร้องนี้',
  'petition.copied': 'คัดลอกลิงก์แล้ว',
};

export default messages;
