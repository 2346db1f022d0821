// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Yuklanmoqda…',
  'common.retry': 'Qayta urinish',
  'common.anonymous': 'Anonim',
  'common.honeypot': 'Bu maydonni boʻsh qoldiring',
  'common.optional': '(ixtiyoriy)',
  'common.characters-left': {
    one: 'Yana {count} ta belgi yozishingiz mumkin',
    other: 'Yana {count} ta belgi yozishingiz mumkin',
  },
  'common.characters-over': { one: '{count} ta belgi ortiqcha', other: '{count} ta belgi ortiqcha' },
  'error.offline': 'Internet aloqasi yoʻqqa oʻxshaydi. Ulanishni tekshiring.',
  'error.network': 'Hozir xizmatga ulanib boʻlmayapti. Muammo sizning tomoningizda emas.',
  'error.timeout': 'Xizmat javob berishga juda koʻp vaqt sarflamoqda. U band boʻlishi mumkin.',
  'error.not-found': 'Bu maʼlumot topilmadi. U oʻchirilgan boʻlishi mumkin.',
  'error.invalid-input': 'Baʼzi maʼlumotlar notoʻgʻri. Tekshirib, qayta urinib koʻring.',
  'error.already-done': 'Siz buni allaqachon bajargansiz.',
  'error.closed': 'Bu yopilgan.',
  'error.rate-limited': 'Urinishlar juda koʻp. Biroz kutib, qayta urinib koʻring.',
  'error.unauthorised': 'Bu saytga ushbu xizmatdan foydalanishga ruxsat berilmagan.',
  'error.server': 'Xatolik bizning tomonimizda yuz berdi, sizda emas.',
  'error.no-backend': 'Server qismi sozlanmagan: bu vidjet uchun endpoint manzili kerak.',
  'error.retrying': 'Aloqa yoki xizmat tiklanganda bu oʻzi yuklanadi.',
  'error.kept': 'Siz kiritgan maʼlumotlar saqlab qolindi: birozdan keyin qayta urinib koʻring.',
  'error.unknown': 'Xatolik yuz berdi. Qayta urinib koʻring.',
  'time.relative-past': 'bir daqiqadan kamroq vaqt oldin',
};

export default messages;
