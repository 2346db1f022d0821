import type { ReportReason } from '@civic-widgets/core';

/*
 * The report menu's words and its answers, in every shipped language: they
 * load with the menu, the first time a citizen reports, not with the discussion. Sites override
 * them, or add a language, with registerLocale() and these keys, as any other.
 */

export type ReportMessageKey =
  'comments.report-menu' | `comments.reason.${ReportReason}` | 'comments.reported' | 'comments.already-reported';

export const reportMessages: Record<'en' | 'fr' | 'es' | 'ar', Record<ReportMessageKey, string>> = {
  en: {
    'comments.report-menu': 'Why are you reporting this comment?',
    'comments.reason.spam': 'Spam or advertising',
    'comments.reason.abuse': 'Abusive or offensive',
    'comments.reason.off-topic': 'Off topic',
    'comments.reason.personal-data': 'Contains personal information',
    'comments.reason.other': 'Something else',
    'comments.reported': 'Thank you. The comment has been reported to the moderators.',
    'comments.already-reported': 'You have already reported this comment.',
  },
  fr: {
    'comments.report-menu': 'Pourquoi signalez-vous ce commentaire ?',
    'comments.reason.spam': 'Spam ou publicité',
    'comments.reason.abuse': 'Injurieux ou choquant',
    'comments.reason.off-topic': 'Hors sujet',
    'comments.reason.personal-data': 'Contient des données personnelles',
    'comments.reason.other': 'Autre chose',
    'comments.reported': 'Merci. Le commentaire a été signalé aux modérateurs.',
    'comments.already-reported': 'Vous avez déjà signalé ce commentaire.',
  },
  es: {
    'comments.report-menu': '¿Por qué denuncias este comentario?',
    'comments.reason.spam': 'Spam o publicidad',
    'comments.reason.abuse': 'Abusivo u ofensivo',
    'comments.reason.off-topic': 'No tiene que ver con el tema',
    'comments.reason.personal-data': 'Contiene datos personales',
    'comments.reason.other': 'Otro motivo',
    'comments.reported': 'Gracias. El comentario se ha denunciado a los moderadores.',
    'comments.already-reported': 'Ya has denunciado este comentario.',
  },
  ar: {
    'comments.report-menu': 'لماذا تبلّغ عن هذا التعليق؟',
    'comments.reason.spam': 'رسائل مزعجة أو إعلانات',
    'comments.reason.abuse': 'مسيء أو جارح',
    'comments.reason.off-topic': 'خارج الموضوع',
    'comments.reason.personal-data': 'يحتوي على بيانات شخصية',
    'comments.reason.other': 'سبب آخر',
    'comments.reported': 'شكرًا لك. تم إبلاغ المشرفين بالتعليق.',
    'comments.already-reported': 'لقد أبلغت عن هذا التعليق من قبل.',
  },
};
