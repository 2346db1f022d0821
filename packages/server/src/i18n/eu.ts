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
  'mail.replies.confirm.subject': 'Berretsi erantzunei buruzko mezuak: {title}',
  'mail.replies.confirm.body':
    '«{title}» eztabaidan norbaitek zure iruzkinei erantzuten dienean posta elektronikoz jakinarazteko eskatu duzu.\n\nBerresteko, ireki esteka hau eta sakatu «Berretsi» botoia:\n{link}\n\nEstekak {duration} iraungo du. Berretsi arte, ez dizugu beste ezer bidaliko. Zuk ez baduzu hau eskatu, ez egin kasurik mezu honi.',
  'mail.replies.digest.subject': 'Erantzun berriak zure iruzkinari: {title}',
  'mail.replies.digest.body': 'Erantzun berriak daude zure iruzkinei «{title}» eztabaidan:',
  'mail.replies.reply': '{name} erabiltzaileak idatzi du:',
  'mail.replies.anonymous': 'Anonimoa',
  'mail.replies.more': 'Erantzun berri gehiago: {count}',
  'mail.replies.read': 'Irakurri eztabaida:\n{link}',
  'mail.replies.stop':
    'Mezu hauek (orduko bat gehienez) jasotzen dituzu iruzkin bat argitaratzean eskatu zenituelako. Gehiago ez jasotzeko, ireki esteka hau:\n{link}',
  'page.discussion': 'Eztabaida: {title}',
  'page.replies.confirm.title': 'Berretsi erantzunei buruzko mezuak',
  'page.replies.confirm.intro':
    'Eztabaida honetan norbaitek zure iruzkinei erantzuten dienean posta elektronikoz jakinarazteko eskatu duzu. Ez dugu ezer bidaliko berretsi arte.',
  'page.replies.confirm.button': 'Berretsi',
  'page.replies.confirm.ignore': 'Zuk ez baduzu hau eskatu, itxi orri hau: ez duzu erantzunei buruzko mezurik jasoko.',
  'page.replies.confirmed.title': 'Erantzunei buruzko mezuak berretsita',
  'page.replies.confirmed.body':
    'Eztabaida honetan norbaitek zure iruzkinei erantzuten dienean, mezu bat jasoko duzu, orduko bat gehienez. Mezu bakoitzak esteka bat dauka mezuak jasotzeari uzteko.',
  'page.replies.unknown.body': 'Esteka hau ez da baliozkoa. Egiaztatu zure azken mezuko esteka osoa ireki duzula.',
  'page.replies.expired.body':
    'Berresteko estekek {duration} irauten dute, eta hau iraungi egin da. Eman berriro zure helbide elektronikoa hurrengo iruzkina argitaratzen duzunean.',
  'page.replies.stop.title': 'Utzi erantzunei buruzko mezuak jasotzeari',
  'page.replies.stop.intro':
    'Ez duzu eztabaida honetako erantzunei buruzko mezu gehiagorik jasoko. Zure iruzkinak dauden bezala geratuko dira.',
  'page.replies.stop.all':
    'Utzi gainerako eztabaida guztietako erantzunei buruzko mezuak jasotzeari ere, orain eta aurrerantzean',
  'page.replies.stop.button': 'Utzi mezuak jasotzeari',
  'page.replies.stopped.body': 'Ez duzu eztabaida honetako erantzunei buruzko mezu gehiagorik jasoko.',
  'page.replies.stopped.all': 'Ez duzu helbide honetan erantzunei buruzko mezu gehiagorik jasoko, ezein eztabaidatan.',
  'page.replies.back': 'Itzuli eztabaidara',
  'page.back': 'Itzuli eskaerara',
  'page.home': 'Joan hona: {agency}',
};

export default messages;
