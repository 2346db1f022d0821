// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'أكِّد توقيعك: {title}',
  'mail.confirm.body':
    'طلبتَ التوقيع على العريضة «{title}».\n\nلتأكيد توقيعك، افتح هذا الرابط واضغط على زر «أكِّد توقيعي»:\n{link}\n\nيبقى الرابط صالحًا مدة {duration}. لا يُحتسب توقيعك إلا بعد تأكيده. إن لم تطلب التوقيع فتجاهل هذه الرسالة: لن يُوقَّع شيء.',
  'mail.confirm.withdraw': 'إن غيّرت رأيك، يمكنك سحب توقيعك ما دامت العريضة مفتوحة:\n{withdrawLink}',
  'mail.already.subject': 'لقد وقّعتَ من قبل: {title}',
  'mail.already.body':
    'حاول أحدهم التوقيع على العريضة «{title}» بعنوان البريد الإلكتروني هذا، وقد وقّع عليها من قبل. يحق لكل عنوان التوقيع مرة واحدة، لذا لم يتغيّر شيء.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'أكِّد توقيعك',
  'page.confirm.intro': 'طلبتَ التوقيع على هذه العريضة. لا يُحتسب توقيعك إلا بعد تأكيده.',
  'page.confirm.button': 'أكِّد توقيعي',
  'page.confirm.ignore': 'إن لم تطلب التوقيع فأغلق هذه الصفحة: لن يُوقَّع شيء.',
  'page.petition': 'العريضة: {title}',
  'page.confirmed.title': 'تم تأكيد التوقيع',
  'page.confirmed.body': 'شكرًا لك. تم تأكيد توقيعك وأصبح محتسبًا.',
  'page.already.title': 'التوقيع مؤكَّد من قبل',
  'page.already.body': 'كان توقيعك مؤكَّدًا من قبل، ويُحتسب مرة واحدة.',
  'page.unknown.title': 'رابط غير معروف',
  'page.unknown.body':
    'رابط التأكيد هذا غير صالح. تحقّق من أنك فتحت الرابط كاملًا من أحدث رسالة وصلتك، أو وقّع على العريضة من جديد.',
  'page.expired.title': 'انتهت صلاحية الرابط',
  'page.expired.body':
    'تبقى روابط التأكيد صالحة مدة {duration}، وقد انتهت صلاحية هذا الرابط. وقّع على العريضة من جديد لتصلك رسالة برابط جديد.',
  'page.closed.title': 'العريضة غير مفتوحة',
  'page.closed.body': 'لا تقبل هذه العريضة التوقيعات، لذا لم يتم تأكيد توقيعك.',
  'page.refused.title': 'تم رفض التأكيد',
  'page.refused.body': 'أكِّد توقيعك بالزر الموجود في الصفحة التي يفتحها الرابط في رسالتك.',
  'page.withdraw.title': 'اسحب توقيعك',
  'page.withdraw.intro': 'ستتم إزالة توقيعك واسمك وعنوان بريدك الإلكتروني من هذه العريضة. لا يمكن التراجع عن ذلك.',
  'page.withdraw.button': 'اسحب توقيعي',
  'page.withdraw.ignore': 'إن لم تُرِد سحب توقيعك فأغلق هذه الصفحة: لن يتغيّر شيء.',
  'page.withdrawn.title': 'تم سحب التوقيع',
  'page.withdrawn.body': 'تمت إزالة توقيعك من العريضة، ومعه اسمك وعنوان بريدك الإلكتروني.',
  'page.withdraw.closed': 'لم تعد هذه العريضة مفتوحة، لذا لم يعد بالإمكان تغيير توقيعاتها.',
  'page.confirm.updates': 'أرسل إليّ رسالة بالبريد الإلكتروني عندما تبلغ هذه العريضة مرحلة أو تتلقى ردًا أو تُغلق',
  'mail.update.milestone.subject': 'التوقيعات: {count} — {title}',
  'mail.update.milestone.body': 'بلغ عدد التوقيعات على العريضة «{title}» التي وقّعتَ عليها {count}.',
  'mail.update.response.subject': 'الرد على العريضة: {title}',
  'mail.update.response.body': 'صدر ردّ من {agency} على العريضة «{title}» التي وقّعتَ عليها:\n\n{response}',
  'mail.update.closed.subject': 'أُغلقت العريضة: {title}',
  'mail.update.closed.body':
    'أُغلقت العريضة «{title}» التي وقّعتَ عليها، وبلغ عدد توقيعاتها {count}. إن نُشر ردّ عليها فستتلقاه بالبريد الإلكتروني.',
  'mail.update.stop': 'تصلك هذه الرسائل لأنك طلبتها عند تأكيد توقيعك. لإيقافها، افتح هذا الرابط:\n{link}',
  'page.updates.title': 'أوقف الرسائل المتعلقة بهذه العريضة',
  'page.updates.intro': 'لن تصلك بعد الآن أي رسائل بشأن هذه العريضة. لا يزال توقيعك محتسبًا.',
  'page.updates.button': 'أوقف الرسائل',
  'page.updates.stopped.title': 'تم إيقاف الرسائل',
  'page.updates.stopped.body': 'لن تصلك بعد الآن أي رسائل بشأن هذه العريضة. لا يزال توقيعك محتسبًا.',
  'mail.replies.confirm.subject': 'أكِّد تلقي الرسائل بشأن الردود: {title}',
  'mail.replies.confirm.body':
    'طلبتَ أن نُعلمك بالبريد الإلكتروني عندما يردّ أحد على تعليقاتك في النقاش «{title}».\n\nللتأكيد، افتح هذا الرابط واضغط على زر «أكِّد»:\n{link}\n\nيبقى الرابط صالحًا مدة {duration}. لن نرسل إليك شيئًا آخر حتى تؤكِّد. إن لم تطلب ذلك فتجاهل هذه الرسالة.',
  'mail.replies.digest.subject': 'ردود جديدة على تعليقك: {title}',
  'mail.replies.digest.body': 'هناك ردود جديدة على تعليقاتك في النقاش «{title}»:',
  'mail.replies.reply': 'كتب {name}:',
  'mail.replies.anonymous': 'مجهول',
  'mail.replies.more': 'ردود جديدة أخرى: {count}',
  'mail.replies.read': 'اقرأ النقاش:\n{link}',
  'mail.replies.stop':
    'تصلك هذه الرسائل، بحدٍّ أقصى رسالة واحدة كل ساعة، لأنك طلبتها عند نشر تعليق. لإيقافها، افتح هذا الرابط:\n{link}',
  'page.discussion': 'النقاش: {title}',
  'page.replies.confirm.title': 'أكِّد تلقي الرسائل بشأن الردود',
  'page.replies.confirm.intro':
    'طلبتَ أن نُعلمك بالبريد الإلكتروني عندما يردّ أحد على تعليقاتك في هذا النقاش. لن نرسل شيئًا حتى تؤكِّد.',
  'page.replies.confirm.button': 'أكِّد',
  'page.replies.confirm.ignore': 'إن لم تطلب ذلك فأغلق هذه الصفحة: لن تصلك أي رسائل بشأن الردود.',
  'page.replies.confirmed.title': 'تم تأكيد الرسائل بشأن الردود',
  'page.replies.confirmed.body':
    'عندما يردّ أحد على تعليقاتك في هذا النقاش، ستصلك رسالة بالبريد الإلكتروني، بحدٍّ أقصى رسالة واحدة كل ساعة. تحتوي كل رسالة على رابط لإيقاف هذه الرسائل.',
  'page.replies.unknown.body': 'هذا الرابط غير صالح. تحقّق من أنك فتحت الرابط كاملًا من أحدث رسالة وصلتك.',
  'page.replies.expired.body':
    'تبقى روابط التأكيد صالحة مدة {duration}، وقد انتهت صلاحية هذا الرابط. أدخل عنوان بريدك الإلكتروني من جديد عندما تنشر تعليقًا في المرة القادمة.',
  'page.replies.stop.title': 'أوقف الرسائل بشأن الردود',
  'page.replies.stop.intro': 'لن تصلك بعد الآن أي رسائل بشأن الردود في هذا النقاش. تبقى تعليقاتك كما هي.',
  'page.replies.stop.all': 'أوقف أيضًا الرسائل بشأن الردود في جميع النقاشات الأخرى، الآن وفي المستقبل',
  'page.replies.stop.button': 'أوقف الرسائل',
  'page.replies.stopped.body': 'لن تصلك بعد الآن أي رسائل بشأن الردود في هذا النقاش.',
  'page.replies.stopped.all': 'لن تصلك بعد الآن على هذا العنوان أي رسائل بشأن الردود، في أي نقاش.',
  'page.replies.back': 'العودة إلى النقاش',
  'page.back': 'العودة إلى العريضة',
  'page.home': 'الانتقال إلى {agency}',
};

export default messages;
