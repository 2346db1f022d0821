import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Siteler sayfası (oy, yorum, imza ve değerlendirme gönderebilen kaynaklar), Türkçe. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Siteler',
  'sites.intro':
    'Her web sitesi bileşenleri gösterebilir, ancak insanlar yalnızca burada izin verilen sitelerin sayfalarında oy verebilir, yorum yapabilir, imza atabilir ve değerlendirme yapabilir.',
  'sites.loading': 'Yükleniyor…',
  'sites.loadError': 'Siteler yüklenemedi: {detail}',
  'sites.retry': 'Tekrar dene',
  'sites.readOnly': 'Bu listeyi yalnızca yöneticiler değiştirebilir. Sitenize izin vermesi için bir yöneticiye başvurun.',
  'refused.title': 'Son zamanlarda reddedilen siteler',
  'refused.intro':
    'Bu sitelerdeki sayfalar oy, yorum, imza veya değerlendirme göndermeye çalıştı ve reddedildi. Site size aitse izin verin.',
  'refused.none': 'Son zamanlarda hiçbir site reddedilmedi.',
  'refused.caption': 'Reddedilen siteler, önce en yeni',
  'refused.allow': 'İzin ver',
  'refused.note': 'Reddedilen siteler listesinden izin verildi',
  'col.site': 'Site',
  'col.refusals': 'Reddedilen denemeler',
  'col.lastRefused': 'Son reddedilme',
  'col.firstRefused': 'İlk reddedilme',
  'col.note': 'Not',
  'col.addedBy': 'Ekleyen',
  'col.added': 'Eklenme',
  'col.action': 'İşlem',
  'allowed.title': 'İzin verilen siteler',
  'allowed.caption': 'İzin verilen siteler',
  'allowed.none': 'Henüz hiçbir siteye izin verilmedi: insanlar yalnızca bu sunucunun kendi sayfalarında katılabilir.',
  'allowed.fromEnvironment': 'Sunucu ayarı',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS içinde belirlenmiştir: sunucunun ayarlarından değiştirin.',
  'allowed.remove': 'Kaldır',
  'confirm.remove': '{origin} için izin kaldırılsın mı?',
  'confirm.removeBody':
    'Bu sitenin sayfalarındaki insanlar artık oy veremeyecek, yorum yapamayacak, imza atamayacak veya değerlendirme yapamayacak. Sayfalarında zaten bulunan bileşenler görünür kalır.',
  'confirm.yesRemove': 'Evet, kaldır',
  'confirm.cancel': 'İptal',
  'add.title': 'Bir siteye izin verin',
  'add.origin': 'Sitenin web adresi',
  'add.originHint':
    'Örneğin https://www.city.gov. Bu sitenin tüm sayfalarına izin verilir; sitenin adından sonra gelen her şey yok sayılır.',
  'add.note': 'Not (isteğe bağlı)',
  'add.noteHint': 'Sitenin ne olduğu ve kimin yönettiği; böylece başkaları neden izin verildiğini bilir. En fazla 200 karakter.',
  'add.submit': 'Siteye izin ver',
  'add.saving': 'Kaydediliyor…',
  'add.errorTitle': 'Bir sorun var',
  'error.origin': 'Sitenin web adresini girin, örneğin https://www.city.gov',
  'error.note': 'Not en fazla 200 karakter olabilir',
  'notice.added': '{origin} için izin verildi: sayfalarındaki insanlar artık katılabilir.',
  'notice.removed': '{origin} için artık izin verilmiyor.',
};

export default messages;
