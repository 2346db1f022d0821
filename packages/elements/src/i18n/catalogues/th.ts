// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'กำลังโหลด…',
  'common.retry': 'ลองอีกครั้ง',
  'common.anonymous': 'ไม่ระบุชื่อ',
  'common.honeypot': 'กรุณาเว้นช่องนี้ว่างไว้',
  'common.optional': '(ไม่บังคับ)',
  'common.characters-left': { other: 'เหลืออีก {count} ตัวอักษร' },
  'common.characters-over': { other: 'เกินมา {count} ตัวอักษร' },
  'error.offline': 'ดูเหมือนว่าท่านไม่ได้เชื่อมต่ออินเทอร์เน็ต กรุณาตรวจสอบการเชื่อมต่อ',
  'error.network': 'ขณะนี้ไม่สามารถติดต่อบริการได้ ปัญหานี้ไม่ได้เกิดจากฝั่งของท่าน',
  'error.timeout': 'บริการใช้เวลาตอบกลับนานเกินไป ระบบอาจมีผู้ใช้งานจำนวนมาก',
  'error.not-found': 'ไม่พบเนื้อหานี้ เนื้อหาอาจถูกนำออกแล้ว',
  'error.invalid-input': 'ข้อมูลบางส่วนไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง',
  'error.already-done': 'ท่านได้ดำเนินการนี้แล้ว',
  'error.closed': 'รายการนี้ปิดแล้ว',
  'error.rate-limited': 'มีการลองหลายครั้งเกินไป กรุณารอสักครู่แล้วลองอีกครั้ง',
  'error.unauthorised': 'เว็บไซต์นี้ไม่ได้รับอนุญาตให้ใช้บริการนี้',
  'error.server': 'เกิดข้อผิดพลาดจากฝั่งของเรา ไม่ใช่จากฝั่งของท่าน',
  'error.no-backend': 'ยังไม่ได้ตั้งค่าระบบหลังบ้าน (backend): วิดเจ็ตนี้ต้องมี endpoint',
  'error.retrying': 'เนื้อหาจะโหลดเองเมื่อการเชื่อมต่อหรือบริการกลับมาใช้งานได้',
  'error.kept': 'ข้อมูลที่ท่านกรอกไว้ยังคงอยู่ กรุณาลองอีกครั้งในอีกสักครู่',
  'error.unknown': 'เกิดข้อผิดพลาด กรุณาลองอีกครั้ง',
  'time.relative-past': 'ไม่ถึงหนึ่งนาทีที่แล้ว',
};

export default messages;
