import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Saytlar səhifəsi (səs, şərh, imza və qiymət göndərə bilən mənbələr), Azərbaycan dilində. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Saytlar',
  'sites.intro':
    'İstənilən veb-sayt vidcetləri göstərə bilər, lakin insanlar yalnız burada icazə verilmiş saytların səhifələrində səs verə, şərh yaza, imza ata və qiymət verə bilərlər.',
  'sites.loading': 'Yüklənir…',
  'sites.loadError': 'Saytları yükləmək mümkün olmadı: {detail}',
  'sites.retry': 'Yenidən cəhd edin',
  'sites.readOnly':
    'Bu siyahını yalnız administratorlar dəyişə bilər. Saytınıza icazə verməsi üçün onlardan birinə müraciət edin.',
  'refused.title': 'Son vaxtlar rədd edilmiş saytlar',
  'refused.intro':
    'Bu saytların səhifələri səs, şərh, imza və ya qiymət göndərməyə çalışıb və rədd edilib. Sayt sizə məxsusdursa, ona icazə verin.',
  'refused.none': 'Son vaxtlar heç bir sayt rədd edilməyib.',
  'refused.caption': 'Rədd edilmiş saytlar, əvvəlcə ən sonuncular',
  'refused.allow': 'İcazə ver',
  'refused.note': 'Rədd edilmiş saytlar siyahısından icazə verilib',
  'col.site': 'Sayt',
  'col.refusals': 'Rədd edilmiş cəhdlər',
  'col.lastRefused': 'Son rədd',
  'col.firstRefused': 'İlk rədd',
  'col.note': 'Qeyd',
  'col.addedBy': 'Əlavə edən',
  'col.added': 'Əlavə edilib',
  'col.action': 'Əməliyyat',
  'allowed.title': 'İcazə verilmiş saytlar',
  'allowed.caption': 'İcazə verilmiş saytlar',
  'allowed.none': 'Hələ heç bir sayta icazə verilməyib: insanlar yalnız bu serverin öz səhifələrində iştirak edə bilərlər.',
  'allowed.fromEnvironment': 'Server ayarı',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS ayarında təyin edilib: onu serverin ayarlarında dəyişin.',
  'allowed.remove': 'Sil',
  'confirm.remove': '{origin} üçün icazə ləğv edilsin?',
  'confirm.removeBody':
    'Onun səhifələrindəki insanlar artıq səs verə, şərh yaza, imza ata və ya qiymət verə bilməyəcəklər. Səhifələrində artıq olan vidcetlər görünməyə davam edəcək.',
  'confirm.yesRemove': 'Bəli, sil',
  'confirm.cancel': 'İmtina',
  'add.title': 'Sayta icazə verin',
  'add.origin': 'Saytın veb-ünvanı',
  'add.originHint':
    'Məsələn, https://www.city.gov. Həmin saytın bütün səhifələrinə icazə verilir; saytın adından sonra gələn hər şey nəzərə alınmır.',
  'add.note': 'Qeyd (məcburi deyil)',
  'add.noteHint':
    'Saytın nə olduğu və onu kimin idarə etdiyi, ki, başqaları ona niyə icazə verildiyini bilsinlər. Ən çoxu 200 simvol.',
  'add.submit': 'Sayta icazə ver',
  'add.saving': 'Yadda saxlanılır…',
  'add.errorTitle': 'Problem var',
  'error.origin': 'Saytın veb-ünvanını daxil edin, məsələn, https://www.city.gov',
  'error.note': 'Qeyd ən çoxu 200 simvol ola bilər',
  'notice.added': '{origin} üçün icazə verildi: onun səhifələrindəki insanlar artıq iştirak edə bilərlər.',
  'notice.removed': '{origin} üçün artıq icazə yoxdur.',
};

export default messages;
