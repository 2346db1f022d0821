// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Berretsi zure sinadura: {title}',
  'mail.confirm.body':
    '«{title}» eskaera sinatzeko eskatu duzu.\n\nZure sinadura berresteko, ireki esteka hau eta sakatu «Berretsi nire sinadura» botoia:\n{link}\n\nEstekak {duration} iraungo du. Zure sinadura berretsi ondoren bakarrik zenbatuko da. Zuk ez baduzu sinatzeko eskatu, ez egin kasurik mezu honi: ez da ezer sinatuko.',
  'mail.confirm.withdraw':
    'Iritziz aldatzen baduzu, zure sinadura ken dezakezu eskaera zabalik dagoen bitartean:\n{withdrawLink}',
  'mail.already.subject': 'Dagoeneko sinatu duzu: {title}',
  'mail.already.body':
    'Norbait «{title}» eskaera sinatzen saiatu da helbide elektroniko honekin, baina helbide honek sinatuta zuen dagoeneko. Helbide bakoitzak behin bakarrik sina dezake; beraz, ez da ezer aldatu.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Berretsi zure sinadura',
  'page.confirm.intro': 'Eskaera hau sinatzeko eskatu duzu. Zure sinadura berresten duzunean bakarrik zenbatuko da.',
  'page.confirm.button': 'Berretsi nire sinadura',
  'page.confirm.ignore': 'Zuk ez baduzu sinatzeko eskatu, itxi orri hau: ez da ezer sinatuko.',
  'page.petition': 'Eskaera: {title}',
  'page.confirmed.title': 'Sinadura berretsita',
  'page.confirmed.body': 'Eskerrik asko. Zure sinadura berretsi da, eta orain zenbatu egiten da.',
  'page.already.title': 'Sinadura berretsita zegoen',
  'page.already.body': 'Zure sinadura berretsita zegoen jada. Behin bakarrik zenbatzen da.',
  'page.unknown.title': 'Esteka ez da ezagutu',
  'page.unknown.body':
    'Berresteko esteka hau ez da baliozkoa. Egiaztatu zure azken mezuko esteka osoa ireki duzula, edo sinatu berriro eskaera.',
  'page.expired.title': 'Esteka iraungita',
  'page.expired.body':
    'Berresteko estekek {duration} irauten dute, eta hau iraungi egin da. Sinatu berriro eskaera esteka berri bat jasotzeko.',
  'page.closed.title': 'Eskaera ez dago zabalik',
  'page.closed.body': 'Eskaera honek ez du sinadurarik onartzen; beraz, zure sinadura ez da berretsi.',
  'page.refused.title': 'Berrespena ukatuta',
  'page.refused.body': 'Berretsi zure sinadura zure mezuko estekak irekitzen duen orriko botoiarekin.',
  'page.withdraw.title': 'Kendu zure sinadura',
  'page.withdraw.intro':
    'Zure sinadura, izena eta helbide elektronikoa eskaera honetatik kenduko dira. Ekintza hau ezin da desegin.',
  'page.withdraw.button': 'Kendu nire sinadura',
  'page.withdraw.ignore': 'Ez baduzu zure sinadura kendu nahi, itxi orri hau: ez da ezer aldatuko.',
  'page.withdrawn.title': 'Sinadura kenduta',
  'page.withdrawn.body': 'Zure sinadura eskaeratik kendu da, zure izen eta helbide elektronikoarekin batera.',
  'page.withdraw.closed': 'Eskaera hau ez dago zabalik jada; beraz, sinadurak ezin dira gehiago aldatu.',
  'page.confirm.updates':
    'Bidali iezadazu mezu elektroniko bat eskaera honek mugarri bat lortzen duenean, erantzun bat jasotzen duenean edo ixten denean',
  'mail.update.milestone.subject': 'Sinadurak: {count} — {title}',
  'mail.update.milestone.body': 'Sinatu duzun «{title}» eskaerak mugarri bat lortu du. Sinadurak: {count}.',
  'mail.update.response.subject': 'Eskaerari erantzuna: {title}',
  'mail.update.response.body': '{agency} erakundeak erantzun dio sinatu duzun «{title}» eskaerari:\n\n{response}',
  'mail.update.closed.subject': 'Eskaera itxi da: {title}',
  'mail.update.closed.body':
    'Sinatu duzun «{title}» eskaera itxi da. Sinadurak: {count}. Erantzunik argitaratzen bada, mezu elektronikoz jasoko duzu.',
  'mail.update.stop':
    'Mezu hauek jasotzen dituzu zure sinadura berrestean eskatu zenituelako. Gehiago ez jasotzeko, ireki esteka hau:\n{link}',
  'page.updates.title': 'Utzi eskaera honi buruzko mezuak jasotzeari',
  'page.updates.intro': 'Ez duzu eskaera honi buruzko mezu gehiagorik jasoko. Zure sinadurak zenbatzen jarraitzen du.',
  'page.updates.button': 'Utzi mezuak jasotzeari',
  'page.updates.stopped.title': 'Mezuak geldituta',
  'page.updates.stopped.body': 'Ez duzu eskaera honi buruzko mezu gehiagorik jasoko. Zure sinadurak zenbatzen jarraitzen du.',
  'page.back': 'Itzuli eskaerara',
  'page.home': 'Joan hona: {agency}',
};

export default messages;
