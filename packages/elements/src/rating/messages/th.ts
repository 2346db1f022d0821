// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'กำลังโหลด…',
  'rating.stars': { other: '{count} ดาว' },
  'rating.yes': 'ใช่',
  'rating.no': 'ไม่ใช่',
  'rating.csat.1': 'ไม่พึงพอใจมาก',
  'rating.csat.2': 'ไม่พึงพอใจ',
  'rating.csat.3': 'ปานกลาง',
  'rating.csat.4': 'พึงพอใจ',
  'rating.csat.5': 'พึงพอใจมาก',
  'rating.send': 'ส่งการประเมิน',
  'rating.sending': 'กำลังส่ง…',
  'rating.choose': 'กรุณาเลือกระดับการประเมินก่อน',
  'rating.thanks': 'ขอบคุณสำหรับความคิดเห็นของท่าน',
  'rating.follow-up': 'บอกเราเพิ่มเติม (ไม่บังคับ)',
  'rating.reasons': 'เกี่ยวกับเรื่องใด',
  'rating.comment': 'ความคิดเห็น',
  'rating.comment-hint': 'กรุณาอย่าใส่ข้อมูลส่วนบุคคล เช่น ชื่อหรือที่อยู่ของท่าน',
  'rating.send-more': 'ส่ง',
  'rating.skip': 'ข้าม',
  'rating.done': 'ขอบคุณ ความคิดเห็นของท่านช่วยให้เราปรับปรุงบริการนี้ได้',
  'rating.yours': 'การประเมินของท่าน: {score}',
  'rating.change': 'เปลี่ยนคำตอบ',
  'rating.closed': 'ขณะนี้บริการนี้ไม่เปิดรับการประเมิน',
  'rating.average': '{average} จาก 5',
  'rating.yes-share': '{percent} ของผู้ตอบเห็นว่ามีประโยชน์',
  'rating.count': { '=0': 'ยังไม่มีการประเมิน', other: '(จากการประเมิน {count} ครั้ง)' },
  'rating.details-show': 'แสดงการประเมินทั้งหมด',
  'rating.details-hide': 'ซ่อนการประเมินทั้งหมด',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
