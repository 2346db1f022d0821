// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Imzongizni tasdiqlang: {title}',
  'mail.confirm.body':
    'Siz «{title}» petitsiyasini imzolashni soʻradingiz.\n\nImzongizni tasdiqlash uchun ushbu havolani oching va «Imzomni tasdiqlash» tugmasini bosing:\n{link}\n\nHavola {duration} amal qiladi. Imzongiz faqat tasdiqlangandan keyin hisobga olinadi. Agar siz imzolashni soʻramagan boʻlsangiz, bu xatga eʼtibor bermang: hech narsa imzolanmaydi.',
  'mail.confirm.withdraw':
    'Agar fikringizni oʻzgartirsangiz, petitsiya ochiq boʻlgan vaqtda imzongizni qaytarib olishingiz mumkin:\n{withdrawLink}',
  'mail.already.subject': 'Siz allaqachon imzolagansiz: {title}',
  'mail.already.body':
    'Kimdir «{title}» petitsiyasini ushbu elektron pochta manzili bilan imzolashga urindi, ammo bu manzil bilan petitsiya allaqachon imzolangan. Har bir manzil faqat bir marta imzolashi mumkin, shuning uchun hech narsa oʻzgarmadi.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Imzongizni tasdiqlang',
  'page.confirm.intro':
    'Siz bu petitsiyani imzolashni soʻradingiz. Imzongiz faqat uni tasdiqlaganingizdan keyin hisobga olinadi.',
  'page.confirm.button': 'Imzomni tasdiqlash',
  'page.confirm.ignore': 'Agar siz imzolashni soʻramagan boʻlsangiz, bu sahifani yoping: hech narsa imzolanmaydi.',
  'page.petition': 'Petitsiya: {title}',
  'page.confirmed.title': 'Imzo tasdiqlandi',
  'page.confirmed.body': 'Rahmat. Imzongiz tasdiqlandi va endi hisobga olinadi.',
  'page.already.title': 'Imzo avval tasdiqlangan',
  'page.already.body': 'Imzongiz avvalroq tasdiqlangan. U bir marta hisobga olinadi.',
  'page.unknown.title': 'Havola tanilmadi',
  'page.unknown.body':
    'Bu tasdiqlash havolasi yaroqsiz. Eng soʻnggi xatingizdagi havolani toʻliq ochganingizni tekshiring yoki petitsiyani qayta imzolang.',
  'page.expired.title': 'Havola muddati tugagan',
  'page.expired.body':
    'Tasdiqlash havolalari {duration} amal qiladi, bu havolaning muddati esa tugagan. Yangi havola olish uchun petitsiyani qayta imzolang.',
  'page.closed.title': 'Petitsiya ochiq emas',
  'page.closed.body': 'Bu petitsiya hozir imzo qabul qilmayapti, shuning uchun imzongiz tasdiqlanmadi.',
  'page.refused.title': 'Tasdiqlash rad etildi',
  'page.refused.body': 'Imzongizni elektron xatingizdagi havola ochadigan sahifadagi tugma orqali tasdiqlang.',
  'page.withdraw.title': 'Imzongizni qaytarib oling',
  'page.withdraw.intro':
    'Imzongiz, ismingiz va elektron pochta manzilingiz bu petitsiyadan oʻchiriladi. Buni ortga qaytarib boʻlmaydi.',
  'page.withdraw.button': 'Imzomni qaytarib olish',
  'page.withdraw.ignore': 'Agar imzongizni qaytarib olishni xohlamasangiz, bu sahifani yoping: hech narsa oʻzgarmaydi.',
  'page.withdrawn.title': 'Imzo qaytarib olindi',
  'page.withdrawn.body': 'Imzongiz ismingiz va elektron pochta manzilingiz bilan birga petitsiyadan oʻchirildi.',
  'page.withdraw.closed': 'Bu petitsiya endi ochiq emas, shuning uchun uning imzolarini endi oʻzgartirib boʻlmaydi.',
  'page.confirm.updates':
    'Bu petitsiya oraliq maqsadga erishganda, javob olganda yoki yopilganda menga elektron pochta orqali xabar bering',
  'mail.update.milestone.subject': '{count} ta imzo: {title}',
  'mail.update.milestone.body': 'Siz imzolagan «{title}» petitsiyasi {count} ta imzoga yetdi.',
  'mail.update.response.subject': 'Petitsiyaga javob: {title}',
  'mail.update.response.body': '{agency} siz imzolagan «{title}» petitsiyasiga javob berdi:\n\n{response}',
  'mail.update.closed.subject': 'Petitsiya yopildi: {title}',
  'mail.update.closed.body':
    'Siz imzolagan «{title}» petitsiyasi {count} ta imzo bilan yopildi. Javob eʼlon qilinsa, uni elektron pochta orqali olasiz.',
  'mail.update.stop':
    'Bu xatlarni imzongizni tasdiqlashda soʻraganingiz uchun olyapsiz. Ularni toʻxtatish uchun ushbu havolani oching:\n{link}',
  'page.updates.title': 'Bu petitsiya haqidagi xatlarni toʻxtating',
  'page.updates.intro': 'Endi bu petitsiya haqida xat olmaysiz. Imzongiz hamon hisobga olinadi.',
  'page.updates.button': 'Xatlarni toʻxtatish',
  'page.updates.stopped.title': 'Xatlar toʻxtatildi',
  'page.updates.stopped.body': 'Endi bu petitsiya haqida xat olmaysiz. Imzongiz hamon hisobga olinadi.',
  'mail.replies.confirm.subject': 'Javoblar haqidagi xatlarni tasdiqlang: {title}',
  'mail.replies.confirm.body':
    'Siz «{title}» muhokamasidagi izohlaringizga kimdir javob berganda sizga elektron pochta orqali xabar berishimizni soʻradingiz.\n\nTasdiqlash uchun ushbu havolani oching va «Tasdiqlash» tugmasini bosing:\n{link}\n\nHavola {duration} amal qiladi. Tasdiqlamaguningizcha sizga boshqa hech narsa yubormaymiz. Agar buni soʻramagan boʻlsangiz, bu xatga eʼtibor bermang.',
  'mail.replies.digest.subject': 'Izohingizga yangi javoblar: {title}',
  'mail.replies.digest.body': '«{title}» muhokamasidagi izohlaringizga yangi javoblar bor:',
  'mail.replies.reply': '{name} yozdi:',
  'mail.replies.anonymous': 'Anonim',
  'mail.replies.more': 'Boshqa yangi javoblar: {count}',
  'mail.replies.read': 'Muhokamani oʻqing:\n{link}',
  'mail.replies.stop':
    'Bu xatlarni (soatiga koʻpi bilan bitta) izoh qoldirganingizda soʻraganingiz uchun olyapsiz. Ularni toʻxtatish uchun ushbu havolani oching:\n{link}',
  'page.discussion': 'Muhokama: {title}',
  'page.replies.confirm.title': 'Javoblar haqidagi xatlarni tasdiqlang',
  'page.replies.confirm.intro':
    'Siz bu muhokamadagi izohlaringizga kimdir javob berganda sizga elektron pochta orqali xabar berishimizni soʻradingiz. Tasdiqlamaguningizcha hech narsa yubormaymiz.',
  'page.replies.confirm.button': 'Tasdiqlash',
  'page.replies.confirm.ignore': 'Agar buni soʻramagan boʻlsangiz, bu sahifani yoping: javoblar haqida xat olmaysiz.',
  'page.replies.confirmed.title': 'Javoblar haqidagi xatlar tasdiqlandi',
  'page.replies.confirmed.body':
    'Bu muhokamadagi izohlaringizga kimdir javob berganda sizga xat keladi, soatiga koʻpi bilan bitta. Har bir xatda ularni toʻxtatish uchun havola bor.',
  'page.replies.unknown.body': 'Bu havola yaroqsiz. Eng soʻnggi xatingizdagi havolani toʻliq ochganingizni tekshiring.',
  'page.replies.expired.body':
    'Tasdiqlash havolalari {duration} amal qiladi, bu havolaning muddati esa tugagan. Keyingi safar izoh qoldirganingizda elektron pochta manzilingizni qayta kiriting.',
  'page.replies.stop.title': 'Javoblar haqidagi xatlarni toʻxtating',
  'page.replies.stop.intro': 'Endi bu muhokamadagi javoblar haqida xat olmaysiz. Izohlaringiz oʻz holicha qoladi.',
  'page.replies.stop.all': 'Boshqa barcha muhokamalardagi javoblar haqidagi xatlarni ham hozir va kelajakda toʻxtatish',
  'page.replies.stop.button': 'Xatlarni toʻxtatish',
  'page.replies.stopped.body': 'Endi bu muhokamadagi javoblar haqida xat olmaysiz.',
  'page.replies.stopped.all': 'Endi bu manzilga hech qaysi muhokamadagi javoblar haqida xat kelmaydi.',
  'page.replies.back': 'Muhokamaga qaytish',
  'page.back': 'Petitsiyaga qaytish',
  'page.home': '{agency} saytiga oʻtish',
};

export default messages;
