// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Petitsiya yuklanmoqda…',
  'petition.full-text': 'Petitsiyaning toʻliq matnini oʻqish',
  'petition.signatures': { '=0': 'Hali imzolar yoʻq', one: '{count} ta imzo', other: '{count} ta imzo' },
  'petition.progress': 'Imzolar: {goal} tadan {count} ta ({percent})',
  'petition.milestones': 'Oraliq maqsadlar',
  'petition.milestone': { one: '{count} ta imzo — {label}', other: '{count} ta imzo — {label}' },
  'petition.reached': '(✓ erishildi)',
  'petition.milestone-reached': 'Oraliq maqsadga erishildi: {label}.',
  'petition.closes': 'Imzolar qabul qilinadigan oxirgi sana: {date}.',
  'petition.opens': 'Bu petitsiya uchun imzo yigʻish boshlanadigan sana: {date}.',
  'petition.closed': 'Bu petitsiya yopilgan. Endi imzolar qabul qilinmaydi.',
  'petition.response': 'Rasmiy javob',
  'petition.responded-on': 'Eʼlon qilingan sana: {date}.',
  'petition.recent': 'Soʻnggi imzo qoʻyganlar',
  'petition.sign': 'Bu petitsiyani imzolash',
  'petition.name': 'Toʻliq ism-sharif',
  'petition.email': 'Elektron pochta manzili',
  'petition.email-hint': 'Imzongizni tasdiqlash uchun sizga havola yuboramiz.',
  'petition.region': 'Yashash joyingiz',
  'petition.region-choose': 'Yashash joyingizni tanlang',
  'petition.consent':
    'Imzomni qayd etish uchun ismim, elektron pochta manzilim va hududim {privacy} tavsiflanganidek qayta ishlanishiga roziman.',
  'petition.privacy-notice': 'maxfiylik siyosatida',
  'petition.show-name': 'Ismimni imzo qoʻyganlar roʻyxatida hammaga koʻrsatish',
  'petition.submit': 'Petitsiyani imzolash',
  'petition.submitting': 'Imzolanmoqda…',
  'petition.error-summary': 'Muammo yuzaga keldi',
  'petition.error.name': 'Toʻliq ism-sharifingizni kiriting.',
  'petition.error.email-empty': 'Elektron pochta manzilingizni kiriting.',
  'petition.error.email': 'Elektron pochta manzilini toʻgʻri formatda kiriting, masalan: name@example.com.',
  'petition.error.region': 'Yashash joyingizni tanlang.',
  'petition.error.consent': 'Imzolash uchun rozilik bildirishingiz kerak.',
  'petition.check-email': 'Elektron pochtangizni tekshiring',
  'petition.check-email-body':
    '{email} manziliga havola yubordik. Imzongizni tasdiqlash uchun uni oching: imzo faqat tasdiqlangandan keyin hisobga olinadi.',
  'petition.check-email-help':
    'Agar bir necha daqiqa ichida xat kelmasa, «Spam» jildini tekshiring yoki yangi havola olish uchun oʻsha manzil bilan qayta imzolang.',
  'petition.share': 'Bu petitsiyani ulashish',
  'petition.copied': 'Havola nusxalandi.',
};

export default messages;
