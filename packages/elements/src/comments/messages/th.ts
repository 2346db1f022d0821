// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'กำลังโหลดความคิดเห็น…',
  'comments.count': { '=0': 'ยังไม่มีความคิดเห็น', other: '{count} ความคิดเห็น' },
  'comments.sort': 'เรียงตาม',
  'comments.sort.newest': 'ใหม่สุดก่อน',
  'comments.sort.oldest': 'เก่าสุดก่อน',
  'comments.sort.top': 'ได้รับการสนับสนุนมากที่สุด',
  'comments.empty': 'ยังไม่มีความคิดเห็น ร่วมแสดงความคิดเห็นเป็นคนแรก',
  'comments.more': 'แสดงความคิดเห็นเพิ่มเติม',
  'comments.new': { other: 'ความคิดเห็นใหม่ {count} รายการ — แสดง' },
  'comments.closed': 'การสนทนานี้ปิดแล้ว ท่านยังอ่านความคิดเห็นได้ แต่ไม่สามารถเพิ่มความคิดเห็นใหม่',
  'comments.form.title': 'แสดงความคิดเห็น',
  'comments.form.reply-title': 'ตอบกลับ {name}',
  'comments.form.name': 'ชื่อของท่าน',
  'comments.form.name-hint': 'เว้นว่างไว้หากต้องการแสดงความคิดเห็นในชื่อ “ไม่ระบุชื่อ” ชื่อจะแสดงต่อสาธารณะ',
  'comments.form.body': 'ความคิดเห็น',
  'comments.form.reply-body': 'คำตอบ',
  'comments.form.submit': 'ส่งความคิดเห็น',
  'comments.form.submit-reply': 'ส่งคำตอบ',
  'comments.form.submitting': 'กำลังส่ง…',
  'comments.form.cancel': 'ยกเลิก',
  'comments.form.required': 'กรุณากรอกความคิดเห็น',
  'comments.form.too-long': 'ความคิดเห็นต้องมีความยาวไม่เกิน {max} ตัวอักษร',
  'comments.posted': 'เผยแพร่ความคิดเห็นของท่านแล้ว',
  'comments.posted-pending': 'ขอบคุณ ความคิดเห็นของท่านจะแสดงหลังจากผู้ดูแลตรวจสอบและอนุมัติแล้ว',
  'comments.pending': 'รอการตรวจสอบ',
  'comments.upvote': 'สนับสนุน',
  'comments.upvote-label': { '=0': 'สนับสนุนความคิดเห็นนี้ (ยังไม่มีผู้สนับสนุน)', other: 'สนับสนุนความคิดเห็นนี้ (ผู้สนับสนุน {count} คน)' },
  'comments.reply': 'ตอบกลับ',
  'comments.replies-show': { other: 'แสดงคำตอบ {count} รายการ' },
  'comments.replies-hide': { other: 'ซ่อนคำตอบ {count} รายการ' },
  'comments.report': 'รายงาน',
  'comments.delete': 'ลบ',
};

export default messages;
