// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Petisiya yüklənir…',
  'petition.full-text': 'Petisiyanın tam mətnini oxuyun',
  'petition.signatures': { '=0': 'Hələ imza yoxdur', one: '{count} imza', other: '{count} imza' },
  'petition.progress': 'İmzalar: {count} / {goal} ({percent})',
  'petition.milestones': 'Mərhələlər',
  'petition.milestone': { one: '{count} imza — {label}', other: '{count} imza — {label}' },
  'petition.reached': '(✓ çatılıb)',
  'petition.milestone-reached': 'Mərhələyə çatıldı: {label}.',
  'petition.closes': '{date} tarixinədək imzaya açıqdır.',
  'petition.opens': 'Bu petisiya {date} tarixində imzaya açılacaq.',
  'petition.closed': 'Bu petisiya bağlanıb. Artıq imza toplanmır.',
  'petition.response': 'Rəsmi cavab',
  'petition.responded-on': '{date} tarixində dərc edilib.',
  'petition.recent': 'Son imzalayanlar',
  'petition.sign': 'Bu petisiyanı imzalayın',
  'petition.name': 'Ad və soyad',
  'petition.email': 'E-poçt ünvanı',
  'petition.email-hint': 'İmzanızı təsdiqləmək üçün sizə keçid göndərəcəyik.',
  'petition.region': 'Yaşadığınız yer',
  'petition.region-choose': 'Yaşadığınız yeri seçin',
  'petition.consent':
    'Adımın, e-poçt ünvanımın və yaşadığım ərazinin imzamın qeydə alınması üçün {privacy} təsvir edildiyi kimi emal edilməsinə razıyam.',
  'petition.privacy-notice': 'məxfilik siyasətində',
  'petition.show-name': 'Adım imzalayanların siyahısında hamıya göstərilsin',
  'petition.submit': 'Petisiyanı imzala',
  'petition.submitting': 'İmzalanır…',
  'petition.error-summary': 'Problem var',
  'petition.error.name': 'Adınızı və soyadınızı daxil edin.',
  'petition.error.email-empty': 'E-poçt ünvanınızı daxil edin.',
  'petition.error.email': 'E-poçt ünvanını düzgün formatda daxil edin, məsələn, ad@example.com.',
  'petition.error.region': 'Yaşadığınız yeri seçin.',
  'petition.error.consent': 'İmzalamaq üçün razılıq verməlisiniz.',
  'petition.check-email': 'E-poçtunuzu yoxlayın',
  'petition.check-email-body':
    '{email} ünvanına keçid göndərdik. İmzanızı təsdiqləmək üçün onu açın: imzanız yalnız təsdiqləndikdən sonra sayılır.',
  'petition.check-email-help':
    'Bir neçə dəqiqə ərzində heç nə gəlməsə, spam qovluğunu yoxlayın və ya yeni keçid almaq üçün eyni ünvanla yenidən imzalayın.',
  'petition.share': 'Petisiyanı paylaş',
  'petition.copied': 'Keçid kopyalandı.',
};

export default messages;
