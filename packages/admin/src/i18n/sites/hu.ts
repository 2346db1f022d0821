import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** A Webhelyek oldal (ahonnan szavazatok, hozzászólások, aláírások és értékelések küldhetők), magyarul. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Webhelyek',
  'sites.intro':
    'Bármely webhely megjelenítheti a widgeteket, de szavazni, hozzászólni, aláírni és értékelni csak az itt engedélyezett webhelyek oldalain lehet.',
  'sites.loading': 'Betöltés…',
  'sites.loadError': 'A webhelyeket nem sikerült betölteni: {detail}',
  'sites.retry': 'Próbálja újra',
  'sites.readOnly': 'Ezt a listát csak adminisztrátorok módosíthatják. Kérje meg valamelyiküket, hogy engedélyezze webhelyét.',
  'refused.title': 'Nemrég elutasított webhelyek',
  'refused.intro':
    'Ezeknek a webhelyeknek az oldalai szavazatot, hozzászólást, aláírást vagy értékelést próbáltak küldeni, és elutasítást kaptak. Ha egy webhely az Öné, engedélyezze.',
  'refused.none': 'Az utóbbi időben egyetlen webhelyet sem utasítottunk el.',
  'refused.caption': 'Elutasított webhelyek, a legutóbbi elöl',
  'refused.allow': 'Engedélyezés',
  'refused.note': 'Az elutasított webhelyek listájáról engedélyezve',
  'col.site': 'Webhely',
  'col.refusals': 'Elutasított próbálkozások',
  'col.lastRefused': 'Utolsó elutasítás',
  'col.firstRefused': 'Első elutasítás',
  'col.note': 'Megjegyzés',
  'col.addedBy': 'Hozzáadta',
  'col.added': 'Hozzáadva',
  'col.action': 'Művelet',
  'allowed.title': 'Engedélyezett webhelyek',
  'allowed.caption': 'Engedélyezett webhelyek',
  'allowed.none': 'Még nincs engedélyezett webhely: csak a kiszolgáló saját oldalain lehet részt venni.',
  'allowed.fromEnvironment': 'Kiszolgálóbeállítás',
  'allowed.fromEnvironmentNote': 'A CIVIC_ALLOWED_ORIGINS beállításban megadva: a kiszolgáló beállításaiban módosítható.',
  'allowed.remove': 'Eltávolítás',
  'confirm.remove': 'Visszavonja ennek az engedélyét: {origin}?',
  'confirm.removeBody':
    'A webhely oldalain többé nem lehet szavazni, hozzászólni, aláírni vagy értékelni. Az oldalain már elhelyezett widgetek láthatók maradnak.',
  'confirm.yesRemove': 'Igen, eltávolítom',
  'confirm.cancel': 'Mégse',
  'add.title': 'Webhely engedélyezése',
  'add.origin': 'A webhely webcíme',
  'add.originHint':
    'Például https://www.city.gov. A webhely minden oldala engedélyezve lesz; a webhely neve utáni részt figyelmen kívül hagyjuk.',
  'add.note': 'Megjegyzés (nem kötelező)',
  'add.noteHint': 'Mi ez a webhely, és ki üzemelteti, hogy mások is tudják, miért engedélyezett. Legfeljebb 200 karakter.',
  'add.submit': 'Webhely engedélyezése',
  'add.saving': 'Mentés…',
  'add.errorTitle': 'Probléma merült fel',
  'error.origin': 'Adja meg a webhely webcímét, például https://www.city.gov',
  'error.note': 'A megjegyzés legfeljebb 200 karakter lehet',
  'notice.added': 'Engedélyezve: {origin}. Oldalain mostantól részt lehet venni.',
  'notice.removed': 'Már nincs engedélyezve: {origin}.',
};

export default messages;
