import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API tokenlari sahifasi, oʻzbek tilida. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API tokenlari',
  'tokens.intro':
    'API tokeni skript yoki boshqa tizimga siz nomingizdan boshqaruv API interfeysidan foydalanish imkonini beradi, masalan, natijalarni har kecha eksport qilish kabi ishlarni avtomatlashtirish uchun. U sizning rolingiz ruxsat bergan amallarni bajara oladi ({role}).',
  'tokens.howTo': 'Skript tokenni har bir soʻrovning Authorization sarlavhasida yuboradi:',
  'tokens.loading': 'Tokenlaringiz yuklanmoqda…',
  'tokens.loadError': 'Tokenlaringizni yuklab boʻlmadi: {detail}',
  'tokens.retry': 'Qayta urinish',
  'tokens.none': 'Sizda API tokenlari yoʻq.',
  'tokens.caption': { one: 'Sizning {count} ta tokeningiz', other: 'Sizning {count} ta tokeningiz' },
  'col.name': 'Nomi',
  'col.created': 'Yaratilgan',
  'col.lastUsed': 'Oxirgi marta ishlatilgan',
  'col.status': 'Holati',
  'col.actions': 'Amallar',
  'tokens.never': 'Hech qachon',
  'tokens.active': 'Faol',
  'tokens.revoked': 'Chaqirib olingan',
  'tokens.revoke': 'Chaqirib olish',
  'create.title': 'Token yaratish',
  'create.name': 'Nomi',
  'create.nameHint': 'Keyinroq tanib olishingiz uchun u nima uchun ekanini yozing. Masalan: Natijalarni kechki eksport qilish.',
  'create.submit': 'Token yaratish',
  'create.working': 'Token yaratilmoqda…',
  'create.errorTitle': 'Token yaratilmadi',
  'create.nameRequired': 'Token nomini kiriting',
  'created.title': 'Yangi tokeningiz',
  'created.status': '«{name}» tokeni yaratildi.',
  'created.warning':
    'Uni hozir nusxalab, xavfsiz joyda saqlang, masalan, parol menejerida yoki avtomatlashtirish tizimingizning maxfiy sozlamalarida. U qayta koʻrsatilmaydi. Unga ega boʻlgan har kim siz nomingizdan harakat qila oladi.',
  'created.label': '«{name}» API tokeni',
  'created.done': 'Men uni saqladim',
  copy: 'Tokenni nusxalash',
  copied: 'Token nusxalandi.',
  copyFailed: 'Token belgilandi: uni klaviatura yoki menyu orqali nusxalang.',
  'revoke.title': '«{name}» tokeni chaqirib olinsinmi?',
  'revoke.body':
    'Undan foydalanayotgan skriptlar va tizimlar darhol ishlashdan toʻxtaydi. Buni qaytarib boʻlmaydi, lekin yangi token yaratishingiz mumkin.',
  'revoke.confirm': 'Ha, chaqirib olish',
  'revoke.done': '«{name}» tokeni chaqirib olindi.',
  'revoke.errorTitle': 'Token chaqirib olinmadi',
  cancel: 'Bekor qilish',
  'role.admin': 'administrator',
  'role.editor': 'muharrir',
  'role.moderator': 'moderator',
  'role.analyst': 'tahlilchi',
};

export default messages;
