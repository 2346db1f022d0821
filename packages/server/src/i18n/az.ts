// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'İmzanızı təsdiqləyin: {title}',
  'mail.confirm.body':
    'Siz «{title}» petisiyasını imzalamaq istədiniz.\n\nİmzanızı təsdiqləmək üçün bu keçidi açın və «İmzamı təsdiqlə» düyməsini basın:\n{link}\n\nKeçid {duration} etibarlıdır. İmzanız yalnız təsdiqləndikdən sonra sayılır. İmzalamaq istəməmisinizsə, bu məktuba fikir verməyin: heç nə imzalanmayacaq.',
  'mail.confirm.withdraw': 'Fikrinizi dəyişsəniz, petisiya açıq olduğu müddətdə imzanızı geri götürə bilərsiniz:\n{withdrawLink}',
  'mail.already.subject': 'Siz artıq imzalamısınız: {title}',
  'mail.already.body':
    'Kimsə bu e-poçt ünvanı ilə «{title}» petisiyasını imzalamağa cəhd etdi, lakin petisiya bu ünvanla artıq imzalanıb. Hər ünvanla yalnız bir dəfə imza atmaq olar, ona görə də heç nə dəyişmədi.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'İmzanızı təsdiqləyin',
  'page.confirm.intro': 'Siz bu petisiyanı imzalamaq istədiniz. İmzanız yalnız onu təsdiqlədikdən sonra sayılır.',
  'page.confirm.button': 'İmzamı təsdiqlə',
  'page.confirm.ignore': 'İmzalamaq istəməmisinizsə, bu səhifəni bağlayın: heç nə imzalanmayacaq.',
  'page.petition': 'Petisiya: {title}',
  'page.confirmed.title': 'İmza təsdiqləndi',
  'page.confirmed.body': 'Təşəkkür edirik. İmzanız təsdiqləndi və artıq sayılır.',
  'page.already.title': 'İmza artıq təsdiqlənib',
  'page.already.body': 'İmzanız artıq təsdiqlənmişdi. O, bir dəfə sayılır.',
  'page.unknown.title': 'Keçid tanınmadı',
  'page.unknown.body':
    'Bu təsdiq keçidi etibarlı deyil. Ən son məktubunuzdakı keçidi tam açdığınızı yoxlayın və ya petisiyanı yenidən imzalayın.',
  'page.expired.title': 'Keçidin müddəti bitib',
  'page.expired.body':
    'Təsdiq keçidləri {duration} etibarlıdır və bu keçidin müddəti bitib. Yeni keçid almaq üçün petisiyanı yenidən imzalayın.',
  'page.closed.title': 'Petisiya açıq deyil',
  'page.closed.body': 'Bu petisiya imza qəbul etmir, ona görə də imzanız təsdiqlənmədi.',
  'page.refused.title': 'Təsdiq rədd edildi',
  'page.refused.body': 'İmzanızı məktubunuzdakı keçidin açdığı səhifədəki düymə ilə təsdiqləyin.',
  'page.withdraw.title': 'İmzanızı geri götürün',
  'page.withdraw.intro': 'İmzanız, adınız və e-poçt ünvanınız bu petisiyadan silinəcək. Bu əməliyyat geri qaytarıla bilməz.',
  'page.withdraw.button': 'İmzamı geri götür',
  'page.withdraw.ignore': 'İmzanızı geri götürmək istəmirsinizsə, bu səhifəni bağlayın: heç nə dəyişməyəcək.',
  'page.withdrawn.title': 'İmza geri götürüldü',
  'page.withdrawn.body': 'İmzanız adınız və e-poçt ünvanınızla birlikdə petisiyadan silindi.',
  'page.withdraw.closed': 'Bu petisiya artıq açıq deyil, ona görə də onun imzalarını dəyişmək mümkün deyil.',
  'page.confirm.updates': 'Bu petisiya mərhələyə çatdıqda, cavab aldıqda və ya bağlandıqda mənə e-poçtla məlumat göndərin',
  'mail.update.milestone.subject': '{count} imza: {title}',
  'mail.update.milestone.body': 'İmzaladığınız «{title}» petisiyası {count} imzaya çatdı.',
  'mail.update.response.subject': 'Petisiyaya cavab: {title}',
  'mail.update.response.body': '{agency} imzaladığınız «{title}» petisiyasına cavab verdi:\n\n{response}',
  'mail.update.closed.subject': 'Petisiya bağlandı: {title}',
  'mail.update.closed.body':
    'İmzaladığınız «{title}» petisiyası {count} imza ilə bağlandı. Cavab dərc olunarsa, onu e-poçtla alacaqsınız.',
  'mail.update.stop':
    'Bu məktubları imzanızı təsdiqləyərkən istədiyiniz üçün alırsınız. Onları dayandırmaq üçün bu keçidi açın:\n{link}',
  'page.updates.title': 'Bu petisiya ilə bağlı məktubları dayandırın',
  'page.updates.intro': 'Bu petisiya ilə bağlı artıq məktub almayacaqsınız. İmzanız yenə də sayılır.',
  'page.updates.button': 'Məktubları dayandır',
  'page.updates.stopped.title': 'Məktublar dayandırıldı',
  'page.updates.stopped.body': 'Bu petisiya ilə bağlı artıq məktub almayacaqsınız. İmzanız yenə də sayılır.',
  'mail.replies.confirm.subject': 'Cavablar barədə məktubları təsdiqləyin: {title}',
  'mail.replies.confirm.body':
    'Siz «{title}» müzakirəsində şərhlərinizə kimsə cavab yazdıqda e-poçtla xəbərdar edilmək istədiniz.\n\nTəsdiqləmək üçün bu keçidi açın və «Təsdiqlə» düyməsini basın:\n{link}\n\nKeçid {duration} etibarlıdır. Siz təsdiqləyənə qədər sizə başqa heç nə göndərmirik. Bunu istəməmisinizsə, bu məktuba fikir verməyin.',
  'mail.replies.digest.subject': 'Şərhinizə yeni cavablar: {title}',
  'mail.replies.digest.body': '«{title}» müzakirəsində şərhlərinizə yeni cavablar var:',
  'mail.replies.reply': '{name} yazdı:',
  'mail.replies.anonymous': 'Anonim',
  'mail.replies.more': 'Digər yeni cavablar: {count}',
  'mail.replies.read': 'Müzakirəni oxuyun:\n{link}',
  'mail.replies.stop':
    'Bu məktubları (saatda ən çox bir məktub) şərh yazarkən istədiyiniz üçün alırsınız. Onları dayandırmaq üçün bu keçidi açın:\n{link}',
  'page.discussion': 'Müzakirə: {title}',
  'page.replies.confirm.title': 'Cavablar barədə məktubları təsdiqləyin',
  'page.replies.confirm.intro':
    'Siz bu müzakirədə şərhlərinizə kimsə cavab yazdıqda e-poçtla xəbərdar edilmək istədiniz. Siz təsdiqləyənə qədər heç nə göndərmirik.',
  'page.replies.confirm.button': 'Təsdiqlə',
  'page.replies.confirm.ignore': 'Bunu istəməmisinizsə, bu səhifəni bağlayın: cavablar barədə məktub almayacaqsınız.',
  'page.replies.confirmed.title': 'Cavablar barədə məktublar təsdiqləndi',
  'page.replies.confirmed.body':
    'Bu müzakirədə şərhlərinizə kimsə cavab yazdıqda məktub alacaqsınız, saatda ən çox bir məktub. Hər məktubda onları dayandırmaq üçün keçid var.',
  'page.replies.unknown.body': 'Bu keçid etibarlı deyil. Ən son məktubunuzdakı keçidi tam açdığınızı yoxlayın.',
  'page.replies.expired.body':
    'Təsdiq keçidləri {duration} etibarlıdır və bu keçidin müddəti bitib. Növbəti dəfə şərh yazarkən e-poçt ünvanınızı yenidən daxil edin.',
  'page.replies.stop.title': 'Cavablar barədə məktubları dayandırın',
  'page.replies.stop.intro': 'Bu müzakirədəki cavablar barədə artıq məktub almayacaqsınız. Şərhləriniz olduğu kimi qalır.',
  'page.replies.stop.all': 'Digər bütün müzakirələrdəki cavablar barədə məktubları da indi və gələcəkdə dayandırın',
  'page.replies.stop.button': 'Məktubları dayandır',
  'page.replies.stopped.body': 'Bu müzakirədəki cavablar barədə artıq məktub almayacaqsınız.',
  'page.replies.stopped.all': 'Bu ünvana heç bir müzakirədəki cavablar barədə artıq məktub almayacaqsınız.',
  'page.replies.back': 'Müzakirəyə qayıt',
  'page.back': 'Petisiyaya qayıt',
  'page.home': '{agency} saytına keç',
};

export default messages;
