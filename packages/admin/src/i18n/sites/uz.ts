import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Saytlar sahifasi (ovoz, izoh, imzo va baho yuborishga ruxsat berilgan manbalar), oʻzbek tilida. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Saytlar',
  'sites.intro':
    'Vidjetlarni istalgan sayt koʻrsatishi mumkin, lekin odamlar ovoz berish, izoh qoldirish, imzolash va baholashni faqat shu yerda ruxsat berilgan saytlarning sahifalarida amalga oshira oladi.',
  'sites.loading': 'Yuklanmoqda…',
  'sites.loadError': 'Saytlarni yuklab boʻlmadi: {detail}',
  'sites.retry': 'Qayta urinish',
  'sites.readOnly': 'Bu roʻyxatni faqat administratorlar oʻzgartira oladi. Saytingizga ruxsat berishni ulardan birini soʻrang.',
  'refused.title': 'Yaqinda rad etilgan saytlar',
  'refused.intro':
    'Bu saytlarning sahifalari ovoz, izoh, imzo yoki baho yuborishga urindi va rad etildi. Agar sayt sizniki boʻlsa, unga ruxsat bering.',
  'refused.none': 'Yaqinda hech bir sayt rad etilmagan.',
  'refused.caption': 'Rad etilgan saytlar, avval eng soʻnggilari',
  'refused.allow': 'Ruxsat berish',
  'refused.note': 'Rad etilgan saytlar roʻyxatidan ruxsat berildi',
  'col.site': 'Sayt',
  'col.refusals': 'Rad etilgan urinishlar',
  'col.lastRefused': 'Oxirgi marta rad etilgan',
  'col.firstRefused': 'Birinchi marta rad etilgan',
  'col.note': 'Izoh',
  'col.addedBy': 'Kim qoʻshgan',
  'col.added': 'Qoʻshilgan sana',
  'col.action': 'Amal',
  'allowed.title': 'Ruxsat berilgan saytlar',
  'allowed.caption': 'Ruxsat berilgan saytlar',
  'allowed.none': 'Hali hech bir saytga ruxsat berilmagan: odamlar faqat shu serverning oʻz sahifalarida ishtirok eta oladi.',
  'allowed.fromEnvironment': 'Server sozlamasi',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS orqali oʻrnatilgan: uni server sozlamalarida oʻzgartiring.',
  'allowed.remove': 'Olib tashlash',
  'confirm.remove': '{origin} saytiga ruxsat bekor qilinsinmi?',
  'confirm.removeBody':
    'Uning sahifalaridagi odamlar endi ovoz bera, izoh qoldira, imzolay yoki baholay olmaydi. Uning sahifalarida allaqachon joylashgan vidjetlar koʻrinib turaveradi.',
  'confirm.yesRemove': 'Ha, olib tashlash',
  'confirm.cancel': 'Bekor qilish',
  'add.title': 'Saytga ruxsat berish',
  'add.origin': 'Saytning veb-manzili',
  'add.originHint':
    'Masalan, https://www.city.gov. Bu saytning barcha sahifalariga ruxsat beriladi; sayt nomidan keyingi qism hisobga olinmaydi.',
  'add.note': 'Izoh (ixtiyoriy)',
  'add.noteHint':
    'Boshqalar nega ruxsat berilganini bilishi uchun bu qanday sayt ekani va uni kim yuritishini yozing. 200 ta belgigacha.',
  'add.submit': 'Saytga ruxsat berish',
  'add.saving': 'Saqlanmoqda…',
  'add.errorTitle': 'Muammo yuzaga keldi',
  'error.origin': 'Saytning veb-manzilini kiriting, masalan, https://www.city.gov',
  'error.note': 'Izoh 200 ta belgidan oshmasligi kerak',
  'notice.added': '{origin} saytiga ruxsat berildi: uning sahifalaridagi odamlar endi ishtirok eta oladi.',
  'notice.removed': '{origin} saytiga endi ruxsat yoʻq.',
};

export default messages;
