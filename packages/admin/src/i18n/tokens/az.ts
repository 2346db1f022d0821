import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API tokenləri səhifəsi, Azərbaycan dilində. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API tokenləri',
  'tokens.intro':
    'API tokeni skriptə və ya başqa sistemə sizin adınızdan idarəetmə API-sindən istifadə etməyə imkan verir, məsələn, nəticələrin gecə ixracı kimi işləri avtomatlaşdırmaq üçün. O, rolunuzun icazə verdiyi hər şeyi edə bilər ({role}).',
  'tokens.howTo': 'Skript tokeni hər sorğunun Authorization başlığında göndərir:',
  'tokens.loading': 'Tokenləriniz yüklənir…',
  'tokens.loadError': 'Tokenlərinizi yükləmək mümkün olmadı: {detail}',
  'tokens.retry': 'Yenidən cəhd edin',
  'tokens.none': 'Sizin API tokeniniz yoxdur.',
  'tokens.caption': { one: 'Sizin {count} tokeniniz', other: 'Sizin {count} tokeniniz' },
  'col.name': 'Ad',
  'col.created': 'Yaradılıb',
  'col.lastUsed': 'Son istifadə',
  'col.status': 'Status',
  'col.actions': 'Əməliyyatlar',
  'tokens.never': 'Heç vaxt',
  'tokens.active': 'Aktiv',
  'tokens.revoked': 'Ləğv edilib',
  'tokens.revoke': 'Ləğv et',
  'create.title': 'Token yaradın',
  'create.name': 'Ad',
  'create.nameHint': 'Sonradan tanımağınız üçün onun nə üçün olduğu. Məsələn: Nəticələrin gecə ixracı.',
  'create.submit': 'Token yarat',
  'create.working': 'Token yaradılır…',
  'create.errorTitle': 'Token yaradılmadı',
  'create.nameRequired': 'Token üçün ad daxil edin',
  'created.title': 'Yeni tokeniniz',
  'created.status': '«{name}» tokeni yaradıldı.',
  'created.warning':
    'Onu indi kopyalayın və etibarlı yerdə saxlayın, məsələn, parol menecerində və ya avtomatlaşdırmanızın gizli ayarlarında. O, bir daha göstərilməyəcək. Ona sahib olan hər kəs sizin adınızdan hərəkət edə bilər.',
  'created.label': 'API tokeni «{name}»',
  'created.done': 'Yadda saxladım',
  copy: 'Tokeni kopyala',
  copied: 'Token kopyalandı.',
  copyFailed: 'Token seçilib: onu klaviatura ilə və ya menyudan kopyalayın.',
  'revoke.title': '«{name}» tokeni ləğv edilsin?',
  'revoke.body':
    'Ondan istifadə edən skriptlər və sistemlər dərhal işləməyi dayandırır. Bu əməliyyat geri qaytarıla bilməz, lakin yeni token yarada bilərsiniz.',
  'revoke.confirm': 'Bəli, ləğv et',
  'revoke.done': '«{name}» tokeni ləğv edildi.',
  'revoke.errorTitle': 'Token ləğv edilmədi',
  cancel: 'İmtina',
  'role.admin': 'administrator',
  'role.editor': 'redaktor',
  'role.moderator': 'moderator',
  'role.analyst': 'analitik',
};

export default messages;
