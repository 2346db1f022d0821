// ไทย (th): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'กำลังโหลดแบบสำรวจ…',
  'poll.vote': 'ลงคะแนน',
  'poll.submitting': 'กำลังส่งคะแนนของท่าน…',
  'poll.change-vote': 'เปลี่ยนการลงคะแนน',
  'poll.keep-vote': 'คงการลงคะแนนเดิม',
  'poll.hint-single': 'เลือก 1 ตัวเลือก',
  'poll.hint-multiple': { other: 'เลือกได้สูงสุด {count} ตัวเลือก' },
  'poll.max-reached': { other: 'ท่านเลือกครบจำนวนสูงสุด {count} ตัวเลือกแล้ว' },
  'poll.need-choice': 'กรุณาเลือกตัวเลือกก่อนลงคะแนน',
  'poll.voted': 'ขอบคุณ ระบบได้บันทึกการลงคะแนนของท่านแล้ว',
  'poll.vote-changed': 'เปลี่ยนการลงคะแนนของท่านแล้ว',
  'poll.you-voted': 'ท่านได้ลงคะแนนในแบบสำรวจนี้แล้ว',
  'poll.your-choice': '(✓ ตัวเลือกของท่าน)',
  'poll.votes': { '=0': 'ยังไม่มีคะแนน', other: '{count} คะแนน' },
  'poll.participants': { '=0': 'ยังไม่มีผู้ลงคะแนน', other: 'มีผู้ลงคะแนนแล้ว {count} คน' },
  'poll.closes': 'จะปิด{relative} ({date})',
  'poll.opens': 'แบบสำรวจนี้จะเปิด{relative} ({date})',
  'poll.closed-on': 'แบบสำรวจนี้ปิดเมื่อวันที่ {date}',
  'poll.closed': 'แบบสำรวจนี้ปิดแล้ว',
  'poll.results': 'ผลการสำรวจ',
  'poll.results-after-vote': 'ผลการสำรวจจะแสดงหลังจากท่านลงคะแนน',
  'poll.results-after-close': 'ผลการสำรวจจะแสดงเมื่อแบบสำรวจปิด',
  'poll.results-never': 'ไม่มีการเผยแพร่ผลของแบบสำรวจนี้',
  'poll.error.already-done': 'ท่านได้ลงคะแนนในแบบสำรวจนี้แล้ว',
  'poll.error.closed': 'แบบสำรวจนี้ไม่เปิดรับการลงคะแนนแล้ว',
};

export default messages;
