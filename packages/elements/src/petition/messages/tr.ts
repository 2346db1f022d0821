// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'İmza kampanyası yükleniyor…',
  'petition.full-text': 'Kampanya metninin tamamını okuyun',
  'petition.signatures': { '=0': 'Henüz imza yok', one: '{count} imza', other: '{count} imza' },
  'petition.progress': 'İmzalar: {count} / {goal} ({percent})',
  'petition.milestones': 'Ara hedefler',
  'petition.milestone': { one: '{count} imza — {label}', other: '{count} imza — {label}' },
  'petition.reached': '(✓ ulaşıldı)',
  'petition.milestone-reached': 'Ara hedefe ulaşıldı: {label}.',
  'petition.closes': '{date} tarihine kadar imzaya açık.',
  'petition.opens': 'Bu kampanya {date} tarihinde imzaya açılacak.',
  'petition.closed': 'Bu kampanya kapandı. Artık imza toplanmıyor.',
  'petition.response': 'Resmî yanıt',
  'petition.responded-on': '{date} tarihinde yayımlandı.',
  'petition.recent': 'Son imzalayanlar',
  'petition.sign': 'Bu kampanyayı imzalayın',
  'petition.name': 'Ad ve soyad',
  'petition.email': 'E-posta adresi',
  'petition.email-hint': 'İmzanızı onaylamanız için size bir bağlantı göndereceğiz.',
  'petition.region': 'Yaşadığınız yer',
  'petition.region-choose': 'Yaşadığınız yeri seçin',
  'petition.consent':
    'Adımın, e-posta adresimin ve yaşadığım bölgenin, imzamın kaydedilmesi için {privacy} açıklandığı şekilde işlenmesini kabul ediyorum.',
  'petition.privacy-notice': 'aydınlatma metninde',
  'petition.show-name': 'Adım, imzalayanlar listesinde herkese açık olarak gösterilsin',
  'petition.submit': 'Kampanyayı imzala',
  'petition.submitting': 'İmzalanıyor…',
  'petition.error-summary': 'Bir sorun var',
  'petition.error.name': 'Adınızı ve soyadınızı girin.',
  'petition.error.email-empty': 'E-posta adresinizi girin.',
  'petition.error.email': 'E-posta adresini doğru biçimde girin, örneğin ad@example.com.',
  'petition.error.region': 'Yaşadığınız yeri seçin.',
  'petition.error.consent': 'İmzalamak için onay vermeniz gerekir.',
  'petition.check-email': 'E-postanızı kontrol edin',
  'petition.check-email-body':
    '{email} adresine bir bağlantı gönderdik. İmzanızı onaylamak için bu bağlantıyı açın: imzanız ancak onaylandıktan sonra geçerli olur.',
  'petition.check-email-help':
    'Birkaç dakika içinde e-posta gelmezse istenmeyen e-posta (spam) klasörünüzü kontrol edin veya yeni bir bağlantı almak için aynı adresle tekrar imzalayın.',
  'petition.share': 'Kampanyayı paylaş',
  'petition.copied': 'Bağlantı kopyalandı.',
};

export default messages;
