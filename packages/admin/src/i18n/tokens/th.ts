import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** หน้าโทเค็น API ภาษาไทย */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'โทเค็น API',
  'tokens.intro':
    'โทเค็น API ช่วยให้สคริปต์หรือระบบอื่นใช้ API สำหรับผู้ดูแลแทนท่านได้ เพื่อทำงานโดยอัตโนมัติ เช่น ส่งออกผลลัพธ์ทุกคืน โทเค็นทำได้เท่าที่บทบาทของท่านอนุญาต ({role})',
  'tokens.howTo': 'สคริปต์จะส่งโทเค็นในส่วนหัว Authorization ของทุกคำขอ:',
  'tokens.loading': 'กำลังโหลดโทเค็นของท่าน…',
  'tokens.loadError': 'ไม่สามารถโหลดโทเค็นของท่านได้: {detail}',
  'tokens.retry': 'ลองอีกครั้ง',
  'tokens.none': 'ท่านยังไม่มีโทเค็น API',
  'tokens.caption': { other: 'โทเค็นของท่าน {count} รายการ' },
  'col.name': 'ชื่อ',
  'col.created': 'วันที่สร้าง',
  'col.lastUsed': 'ใช้ล่าสุด',
  'col.status': 'สถานะ',
  'col.actions': 'การดำเนินการ',
  'tokens.never': 'ไม่เคยใช้',
  'tokens.active': 'ใช้งานอยู่',
  'tokens.revoked': 'เพิกถอนแล้ว',
  'tokens.revoke': 'เพิกถอน',
  'create.title': 'สร้างโทเค็น',
  'create.name': 'ชื่อ',
  'create.nameHint': 'ระบุว่าใช้ทำอะไร เพื่อให้จำได้ในภายหลัง เช่น ส่งออกผลลัพธ์ทุกคืน',
  'create.submit': 'สร้างโทเค็น',
  'create.working': 'กำลังสร้างโทเค็น…',
  'create.errorTitle': 'ยังไม่ได้สร้างโทเค็น',
  'create.nameRequired': 'กรุณากรอกชื่อโทเค็น',
  'created.title': 'โทเค็นใหม่ของท่าน',
  'created.status': 'สร้างโทเค็น “{name}” แล้ว',
  'created.warning':
    'กรุณาคัดลอกตอนนี้และเก็บไว้อย่างปลอดภัย เช่น ในโปรแกรมจัดการรหัสผ่านหรือในการตั้งค่าข้อมูลลับของระบบอัตโนมัติ โทเค็นจะไม่แสดงอีก ผู้ใดที่มีโทเค็นนี้จะดำเนินการในนามของท่านได้',
  'created.label': 'โทเค็น API “{name}”',
  'created.done': 'เก็บไว้แล้ว',
  copy: 'คัดลอกโทเค็น',
  copied: 'คัดลอกโทเค็นแล้ว',
  copyFailed: 'เลือกโทเค็นไว้แล้ว กรุณาคัดลอกด้วยแป้นพิมพ์หรือเมนู',
  'revoke.title': 'เพิกถอนโทเค็น “{name}” หรือไม่',
  'revoke.body': 'สคริปต์และระบบที่ใช้โทเค็นนี้จะหยุดทำงานทันที การดำเนินการนี้ย้อนกลับไม่ได้ แต่ท่านสร้างโทเค็นใหม่ได้',
  'revoke.confirm': 'ใช่ เพิกถอน',
  'revoke.done': 'เพิกถอนโทเค็น “{name}” แล้ว',
  'revoke.errorTitle': 'ยังไม่ได้เพิกถอนโทเค็น',
  cancel: 'ยกเลิก',
  'role.admin': 'ผู้ดูแลระบบ',
  'role.editor': 'ผู้แก้ไข',
  'role.moderator': 'ผู้กลั่นกรอง',
  'role.analyst': 'นักวิเคราะห์',
};

export default messages;
