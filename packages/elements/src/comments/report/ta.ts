// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'இந்தக் கருத்தைப் பற்றி ஏன் புகாரளிக்கிறீர்கள்?',
  'comments.reason.spam': 'ஸ்பேம் அல்லது விளம்பரம்',
  'comments.reason.abuse': 'அவமதிக்கும் அல்லது புண்படுத்தும் வகையில் உள்ளது',
  'comments.reason.off-topic': 'தலைப்புக்குத் தொடர்பில்லாதது',
  'comments.reason.personal-data': 'தனிப்பட்ட தகவல்கள் உள்ளன',
  'comments.reason.other': 'வேறு காரணம்',
  'comments.reported': 'நன்றி. இந்தக் கருத்து குறித்து நெறியாளர்களிடம் புகாரளிக்கப்பட்டது.',
  'comments.already-reported': 'இந்தக் கருத்தைப் பற்றி நீங்கள் ஏற்கெனவே புகாரளித்துள்ளீர்கள்.',
  'comments.delete-menu': 'உங்கள் கருத்தை நீக்க வேண்டுமா? அதன் உரையும் உங்கள் பெயரும் நிரந்தரமாக அழிக்கப்படும்.',
  'comments.delete-yes': 'என் கருத்தை நீக்கவும்',
  'comments.delete-no': 'நீக்க வேண்டாம்',
  'comments.deleted': 'உங்கள் கருத்து நீக்கப்பட்டது.',
};

export default messages;
