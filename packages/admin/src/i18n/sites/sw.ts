import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Ukurasa wa Tovuti (tovuti zinazoruhusiwa kutuma kura, maoni, sahihi na tathmini), kwa Kiswahili. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Tovuti',
  'sites.intro':
    'Tovuti yoyote inaweza kuonyesha wijeti, lakini watu wanaweza kupiga kura, kutoa maoni, kutia sahihi na kutoa tathmini tu kwenye kurasa za tovuti zilizoruhusiwa hapa.',
  'sites.loading': 'Inapakia…',
  'sites.loadError': 'Tovuti hazikuweza kupakiwa: {detail}',
  'sites.retry': 'Jaribu tena',
  'sites.readOnly': 'Ni wasimamizi wa mfumo pekee wanaoweza kubadilisha orodha hii. Muombe mmoja wao aruhusu tovuti yako.',
  'refused.title': 'Tovuti zilizokataliwa hivi karibuni',
  'refused.intro':
    'Kurasa za tovuti hizi zilijaribu kutuma kura, maoni, sahihi au tathmini na zikakataliwa. Ikiwa tovuti ni yako, iruhusu.',
  'refused.none': 'Hakuna tovuti iliyokataliwa hivi karibuni.',
  'refused.caption': 'Tovuti zilizokataliwa, za karibuni kwanza',
  'refused.allow': 'Ruhusu',
  'refused.note': 'Imeruhusiwa kutoka kwenye orodha ya tovuti zilizokataliwa',
  'col.site': 'Tovuti',
  'col.refusals': 'Majaribio yaliyokataliwa',
  'col.lastRefused': 'Ilikataliwa mara ya mwisho',
  'col.firstRefused': 'Ilikataliwa mara ya kwanza',
  'col.note': 'Dokezo',
  'col.addedBy': 'Imeongezwa na',
  'col.added': 'Imeongezwa',
  'col.action': 'Kitendo',
  'allowed.title': 'Tovuti zilizoruhusiwa',
  'allowed.caption': 'Tovuti zilizoruhusiwa',
  'allowed.none': 'Bado hakuna tovuti iliyoruhusiwa: watu wanaweza kushiriki tu kwenye kurasa za seva hii yenyewe.',
  'allowed.fromEnvironment': 'Mpangilio wa seva',
  'allowed.fromEnvironmentNote': 'Imewekwa katika CIVIC_ALLOWED_ORIGINS: ibadilishe katika mipangilio ya seva.',
  'allowed.remove': 'Ondoa',
  'confirm.remove': 'Acha kuruhusu {origin}?',
  'confirm.removeBody':
    'Watu kwenye kurasa zake hawataweza tena kupiga kura, kutoa maoni, kutia sahihi au kutoa tathmini. Wijeti ambazo tayari ziko kwenye kurasa zake zitaendelea kuonekana.',
  'confirm.yesRemove': 'Ndiyo, iondoe',
  'confirm.cancel': 'Ghairi',
  'add.title': 'Ruhusu tovuti',
  'add.origin': 'Anwani ya wavuti ya tovuti',
  'add.originHint':
    'Kama https://www.city.gov. Kila ukurasa wa tovuti hiyo unaruhusiwa; chochote kinachofuata jina la tovuti hupuuzwa.',
  'add.note': 'Dokezo (si lazima)',
  'add.noteHint': 'Tovuti ni nini na nani anaiendesha, ili wengine wajue kwa nini imeruhusiwa. Hadi herufi 200.',
  'add.submit': 'Ruhusu tovuti',
  'add.saving': 'Inahifadhi…',
  'add.errorTitle': 'Kuna tatizo',
  'error.origin': 'Andika anwani ya wavuti ya tovuti, kama https://www.city.gov',
  'error.note': 'Dokezo lisizidi herufi 200',
  'notice.added': '{origin} imeruhusiwa: watu kwenye kurasa zake sasa wanaweza kushiriki.',
  'notice.removed': '{origin} haijaruhusiwa tena.',
};

export default messages;
