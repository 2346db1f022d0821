// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'เหตุใดท่านจึงรายงานความคิดเห็นนี้',
  'comments.reason.spam': 'สแปมหรือโฆษณา',
  'comments.reason.abuse': 'หยาบคายหรือดูหมิ่น',
  'comments.reason.off-topic': 'ไม่เกี่ยวข้องกับหัวข้อ',
  'comments.reason.personal-data': 'มีข้อมูลส่วนบุคคล',
  'comments.reason.other': 'เหตุผลอื่น',
  'comments.reported': 'ขอบคุณ ความคิดเห็นนี้ได้รับการรายงานไปยังผู้ดูแลแล้ว',
  'comments.already-reported': 'ท่านได้รายงานความคิดเห็นนี้แล้ว',
  'comments.delete-menu': 'ลบความคิดเห็นของท่านหรือไม่ ข้อความและชื่อของท่านจะถูกลบอย่างถาวร',
  'comments.delete-yes': 'ลบความคิดเห็นของฉัน',
  'comments.delete-no': 'เก็บไว้',
  'comments.deleted': 'ลบความคิดเห็นของท่านแล้ว',
};

export default messages;
