import type { Message } from '@civic-widgets/elements';
import type { StaffMessageKey } from './en.js';

/** Langileak orriak (zerrenda, gonbidapena, kide bat), euskaraz. */
const messages: Partial<Record<StaffMessageKey, Message>> = {
  'staff.title': 'Langileak',
  'staff.intro':
    'Kontsola honetan saioa has dezaketen guztiak, eta haien rolak zer egiten uzten dien. Pertsona bakoitzak bere pasahitza ezartzen du erabilera bakarreko esteka baten bidez.',
  'staff.loading': 'Langileak kargatzen…',
  'staff.loadError': 'Ezin izan da langileen zerrenda kargatu: {detail}',
  'staff.retry': 'Saiatu berriro',
  'staff.invite': 'Gonbidatu langile bat',
  'staff.caption': { one: 'Langile {count}', other: '{count} langile' },
  'staff.you': '(zu)',
  'staff.never': 'Inoiz ez',
  'col.name': 'Izena',
  'col.email': 'Helbide elektronikoa',
  'col.role': 'Rola',
  'col.status': 'Egoera',
  'col.methods': 'Saioa hasteko',
  'col.lastSignIn': 'Azken saio-hasiera',
  'status.invited': 'Gonbidatua',
  'status.active': 'Aktibo',
  'status.disabled': 'Desgaituta',
  'method.password': 'Pasahitza',
  'method.oidc': 'Saio-hasiera bakarra',
  'method.none': 'Konfiguratu gabe oraindik',
  'role.admin': 'Administratzailea',
  'role.editor': 'Editorea',
  'role.moderator': 'Moderatzailea',
  'role.analyst': 'Analista',
  'roleHint.admin': 'Dena egin dezake, langileak, webguneak eta ezarpenak kudeatzea barne.',
  'roleHint.editor':
    'Edukia sortu eta editatzen du, eskaeren erantzunak argitaratzen ditu eta eskaeren sinadurak egiaztatzen ditu.',
  'roleHint.moderator':
    'Iruzkinak berrikusten ditu, eta widgetak gaizki erabiltzen dituzten pertsonak edo sareak blokeatzen ditu.',
  'roleHint.analyst': 'Emaitzak irakurtzen eta esportazioak deskargatzen ditu. Ezin du ezer aldatu.',
  'invite.title': 'Gonbidatu langile bat',
  'invite.intro':
    'Erabilera bakarreko esteka bat jasoko duzu, pertsonari bidaltzeko. Hark esteka irekiko du bere pasahitza aukeratzeko, eta gero saioa hasiko du.',
  'invite.email': 'Laneko helbide elektronikoa',
  'invite.emailHint': 'Helbide honekin hasiko du saioa.',
  'invite.name': 'Izena (aukerakoa)',
  'invite.nameHint':
    'Nola agertzen den kontsolan eta auditoria-erregistroan. Hutsik uzten baduzu, helbide elektronikoaren @ aurreko zatia erabiliko da.',
  'invite.role': 'Rola',
  'invite.roleHint': 'Aukeratu zer egin dezakeen. Gero alda dezakezu.',
  'invite.submit': 'Sortu gonbidapena',
  'invite.working': 'Gonbidapena sortzen…',
  'invite.errorTitle': 'Ez da gonbidapena sortu',
  'invite.emailRequired': 'Idatzi haren helbide elektronikoa',
  'invite.roleRequired': 'Aukeratu rol bat',
  'invited.title': 'Gonbidapena sortu da',
  'invited.status': '{name} gonbidatu da, rol honekin: {role}.',
  'invited.send':
    'Bidali esteka hau helbide honetara: {email}; adibidez, posta elektronikoz edo txat bidez. Behin bakarrik balio du, 72 orduz. Orain bakarrik erakusten da: kopiatu orri honetatik irten aurretik.',
  'invited.linkLabel': 'Erabilera bakarreko konfigurazio-esteka ({name})',
  'invited.another': 'Gonbidatu beste norbait',
  back: 'Itzuli langile guztietara',
  copy: 'Kopiatu esteka',
  copied: 'Esteka kopiatu da.',
  copyFailed: 'Esteka hautatuta dago: kopiatu teklatuarekin edo menuarekin.',
  'member.loading': 'Kargatzen…',
  'member.notFound': 'Ez da langilea aurkitu',
  'member.notFoundBody': 'Ez dago zenbaki hau duen langilerik. Itzuli langileen zerrendara.',
  'member.you':
    'Hau zure kontua da. Ezin duzu zure administratzaile-rola utzi ez zure burua desgaitu: beste administratzaile batek egin behar du.',
  'member.added': 'Noiz gehitua',
  'member.errorTitle': 'Ez da aldaketa gorde',
  'member.roleTitle': 'Aldatu rola',
  'member.roleHint': 'Rola aldatzean, haren saioa amaitzen da. Berriro hasi beharko du saioa rol berria erabiltzeko.',
  'member.saveRole': 'Gorde rola',
  'member.roleSame': '{name} langileak badu rol hori. Ez da ezer aldatu.',
  'member.roleSaved': 'Rola aldatu da: {role}. {name} langilearen saioa amaitu da, eta berriro hasiko du rol berriarekin.',
  'member.linkTitle': 'Konfigurazio-esteka berria',
  'member.linkIntro':
    'Gonbidapena galdu badu edo pasahitza ahaztu badu, sortu erabilera bakarreko esteka berri bat. Aurreko estekek ez dute gehiago funtzionatuko. Uneko pasahitzak balio izaten jarraituko du esteka berria erabili arte.',
  'member.makeLink': 'Sortu konfigurazio-esteka berria',
  'member.linkMade': 'Prest dago {name} langilearentzako konfigurazio-esteka berria.',
  'member.linkSend':
    'Bidali esteka hau helbide honetara: {email}. Behin bakarrik balio du, 72 orduz. Orain bakarrik erakusten da.',
  'member.linkDisabled': 'Gaitu berriro kontua konfigurazio-esteka bat sortu aurretik.',
  'member.accessTitle': 'Sarbidea',
  'member.disableIntro':
    'Kontua desgaitzean, haren saioa berehala amaitzen da, haren API tokenak betiko geratzen dira baliogabe eta ezin du saioa hasi. Egindakoa auditoria-erregistroan geratzen da.',
  'member.disable': 'Desgaitu kontua',
  'member.disableTitle': '{name} langilearen kontua desgaitu?',
  'member.disableBody':
    'Haren saioa berehala amaituko da, eta ezin izango du saioa hasi administratzaile batek kontua berriro gaitu arte. Haren API tokenek betiko utziko diote funtzionatzeari.',
  'member.disableConfirm': 'Bai, desgaitu',
  'member.disabled': '{name} langilearen kontua desgaituta dago. Haren saioa amaitu da.',
  'member.enableIntro':
    'Kontu hau desgaituta dago. Berriro gaituz gero, saioa berriro hasi ahal izango du. Desgaitzean baliogabetutako API tokenak baliogabe geratuko dira.',
  'member.enable': 'Gaitu berriro kontua',
  'member.enableTitle': '{name} langilearen kontua berriro gaitu?',
  'member.enableBody': 'Saioa berriro hasi ahal izango du, rol honekin: {role}.',
  'member.enableConfirm': 'Bai, gaitu berriro',
  'member.enabled': '{name} langilearen kontua berriro gaituta dago.',
  cancel: 'Utzi',
};

export default messages;
