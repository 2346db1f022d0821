import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API belirteçleri sayfası, Türkçe. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API belirteçleri',
  'tokens.intro':
    'Bir API belirteci, bir betiğin veya başka bir sistemin sizin adınıza yönetim API’sini kullanmasını sağlar; örneğin sonuçların her gece dışa aktarılması gibi işleri otomatikleştirmek için. Rolünüzün izin verdiği her şeyi yapabilir ({role}).',
  'tokens.howTo': 'Betik, belirteci her isteğin Authorization başlığında gönderir:',
  'tokens.loading': 'Belirteçleriniz yükleniyor…',
  'tokens.loadError': 'Belirteçleriniz yüklenemedi: {detail}',
  'tokens.retry': 'Tekrar dene',
  'tokens.none': 'Hiç API belirteciniz yok.',
  'tokens.caption': { one: '{count} belirteciniz', other: '{count} belirteciniz' },
  'col.name': 'Ad',
  'col.created': 'Oluşturulma',
  'col.lastUsed': 'Son kullanım',
  'col.status': 'Durum',
  'col.actions': 'İşlemler',
  'tokens.never': 'Hiç',
  'tokens.active': 'Etkin',
  'tokens.revoked': 'İptal edildi',
  'tokens.revoke': 'İptal et',
  'create.title': 'Belirteç oluşturun',
  'create.name': 'Ad',
  'create.nameHint': 'Daha sonra tanıyabilmeniz için ne işe yaradığı. Örneğin: Gece sonuç dışa aktarımı.',
  'create.submit': 'Belirteç oluştur',
  'create.working': 'Belirteç oluşturuluyor…',
  'create.errorTitle': 'Belirteç oluşturulamadı',
  'create.nameRequired': 'Belirteç için bir ad girin',
  'created.title': 'Yeni belirteciniz',
  'created.status': '“{name}” belirteci oluşturuldu.',
  'created.warning':
    'Belirteci şimdi kopyalayın ve güvenli bir yerde saklayın; örneğin bir parola yöneticisinde veya otomasyonunuzun gizli ayarlarında. Bir daha gösterilmeyecek. Belirtece sahip olan herkes sizin adınıza işlem yapabilir.',
  'created.label': 'API belirteci “{name}”',
  'created.done': 'Sakladım',
  copy: 'Belirteci kopyala',
  copied: 'Belirteç kopyalandı.',
  copyFailed: 'Belirteç seçildi: klavyenizle veya menüden kopyalayın.',
  'revoke.title': '“{name}” belirteci iptal edilsin mi?',
  'revoke.body':
    'Onu kullanan betikler ve sistemler hemen çalışmayı durdurur. Bu işlem geri alınamaz, ancak yeni bir belirteç oluşturabilirsiniz.',
  'revoke.confirm': 'Evet, iptal et',
  'revoke.done': '“{name}” belirteci iptal edildi.',
  'revoke.errorTitle': 'Belirteç iptal edilemedi',
  cancel: 'Vazgeç',
  'role.admin': 'yönetici',
  'role.editor': 'editör',
  'role.moderator': 'moderatör',
  'role.analyst': 'analist',
};

export default messages;
