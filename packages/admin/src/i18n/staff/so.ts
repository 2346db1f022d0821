import type { Message } from '@civic-widgets/elements';
import type { StaffMessageKey } from './en.js';

/** Boggaga shaqaalaha (liiska, casuumaadda, hal shaqaale), af Soomaali. */
const messages: Partial<Record<StaffMessageKey, Message>> = {
  'staff.title': 'Shaqaalaha',
  'staff.intro':
    'Qof kasta oo geli kara konsoolkan, iyo waxa doorkiisu u oggol yahay inuu sameeyo. Qof kastaa wuxuu dejiyaa erayga sirta ah isagoo isticmaalaya link hal mar shaqeeya.',
  'staff.loading': 'Shaqaalaha waa la soo rarayaa…',
  'staff.loadError': 'Liiska shaqaalaha lama soo rari karin: {detail}',
  'staff.retry': 'Isku day mar kale',
  'staff.invite': 'Casuun shaqaale',
  'staff.caption': { one: '{count} shaqaale', other: '{count} shaqaale' },
  'staff.you': '(adiga)',
  'staff.never': 'Weligiis',
  'col.name': 'Magaca',
  'col.email': 'Cinwaanka iimaylka',
  'col.role': 'Doorka',
  'col.status': 'Xaaladda',
  'col.methods': 'Wuxuu ku galaa',
  'col.lastSignIn': 'Gelitaankii ugu dambeeyay',
  'status.invited': 'La casuumay',
  'status.active': 'Firfircoon',
  'status.disabled': 'La hakiyay',
  'method.password': 'Eray sir ah',
  'method.oidc': 'Gelitaanka mideysan (single sign-on)',
  'method.none': 'Weli lama dejin',
  'role.admin': 'Maamulaha guud',
  'role.editor': 'Tifaftire',
  'role.moderator': 'Maamule',
  'role.analyst': 'Falanqeeye',
  'roleHint.admin': 'Wax walba wuu samayn karaa, oo ay ku jiraan maamulka shaqaalaha, mareegaha iyo dejinta.',
  'roleHint.editor':
    'Wuxuu sameeyaa oo tafatiraa waxyaabaha, wuxuu daabacaa jawaabaha codsiyada, wuxuuna hubiyaa saxiixyada codsiyada.',
  'roleHint.moderator': 'Wuxuu dib u eegaa faallooyinka, wuxuuna xannibaa dadka ama shabakadaha si xun u isticmaala widget-yada.',
  'roleHint.analyst': 'Wuxuu akhriyaa natiijooyinka oo soo dejiyaa faylasha la soo saaray. Waxba ma beddeli karo.',
  'invite.title': 'Casuun shaqaale',
  'invite.intro':
    'Waxaad heli doontaa link hal mar shaqeeya oo aad u dirayso qofka. Wuu furayaa si uu u doorto erayga sirta ah, kadibna wuu galayaa.',
  'invite.email': 'Cinwaanka iimaylka shaqada',
  'invite.emailHint': 'Wuxuu ku geli doonaa cinwaankan.',
  'invite.name': 'Magaca (ikhtiyaari)',
  'invite.nameHint':
    'Sida uu uga muuqan doono konsoolka iyo diiwaanka hawlaha. Haddii aad banaan uga tagto, waxaa la isticmaalayaa qaybta cinwaanka iimaylka ee ka horreysa @.',
  'invite.role': 'Doorka',
  'invite.roleHint': 'Dooro waxa loo oggol yahay inuu sameeyo. Mar dambe waad beddeli kartaa.',
  'invite.submit': 'Samee casuumaad',
  'invite.working': 'Casuumaadda waa la samaynayaa…',
  'invite.errorTitle': 'Casuumaadda lama samayn',
  'invite.emailRequired': 'Geli cinwaanka iimaylkiisa',
  'invite.roleRequired': 'Dooro door',
  'invited.title': 'Casuumaadda waa la sameeyay',
  'invited.status': '{name} waxaa lagu casuumay doorka {role}.',
  'invited.send':
    'Link-gan u dir {email}, tusaale ahaan iimayl ama fariin. Hal mar ayuu shaqeeyaa, muddo 72 saacadood ah. Hadda oo keliya ayaa la muujinayaa: koobiyee ka hor intaadan ka bixin boggan.',
  'invited.linkLabel': 'Link dejin oo hal mar shaqeeya oo loogu talagalay {name}',
  'invited.another': 'Casuun qof kale',
  back: 'Ku laabo dhammaan shaqaalaha',
  copy: 'Koobiyee link-ga',
  copied: 'Link-ga waa la koobiyeeyay.',
  copyFailed: 'Link-ga waa la doortay: ku koobiyee kiiboodhkaaga ama liiska.',
  'member.loading': 'Waa la soo rarayaa…',
  'member.notFound': 'Shaqaalaha lama helin',
  'member.notFoundBody': 'Ma jiro shaqaale lambarkan leh. Ku laabo liiska shaqaalaha.',
  'member.you':
    'Kani waa akoonkaaga. Kama tanaasuli kartid doorkaaga maamulaha guud, mana hakin kartid akoonkaaga: maamule guud oo kale ayaa samayn kara.',
  'member.added': 'La ku daray',
  'member.errorTitle': 'Isbeddelka lama kaydin',
  'member.roleTitle': 'Beddel doorka',
  'member.roleHint':
    'Beddelidda doorka waxay isla markiiba ka saaraysaa konsoolka. Mar kale ayuu galayaa si uu u isticmaalo doorka cusub.',
  'member.saveRole': 'Kaydi doorka',
  'member.roleSame': '{name} horay ayuu u lahaa doorkan. Waxba lama beddelin.',
  'member.roleSaved':
    'Doorka waxaa loo beddelay {role}. {name} waa laga saaray konsoolka, wuxuuna mar kale ku geli doonaa doorka cusub.',
  'member.linkTitle': 'Link dejin oo cusub',
  'member.linkIntro':
    'Haddii uu lumiyay casuumaaddiisa ama hilmaamay erayga sirta ah, samee link cusub oo hal mar shaqeeya. Link-yadii hore way joogsanayaan. Erayga sirta ah ee hadda wuu shaqeynayaa ilaa uu isticmaalo link-ga cusub.',
  'member.makeLink': 'Samee link dejin oo cusub',
  'member.linkMade': 'Link dejin oo cusub oo loogu talagalay {name} waa diyaar.',
  'member.linkSend': 'Link-gan u dir {email}. Hal mar ayuu shaqeeyaa, muddo 72 saacadood ah. Hadda oo keliya ayaa la muujinayaa.',
  'member.linkDisabled': 'Dib u fur akoonka ka hor intaadan samayn link dejin.',
  'member.accessTitle': 'Helitaanka',
  'member.disableIntro':
    'Hakinta akoonka isla markiiba waxay ka saaraysaa konsoolka, furayaashiisa API si joogto ah ayay u joojinaysaa, mana geli karo. Waxa uu sameeyay wuxuu ku harayaa diiwaanka hawlaha.',
  'member.disable': 'Hakee akoonka',
  'member.disableTitle': 'Ma hakinaysaa akoonka {name}?',
  'member.disableBody':
    'Isla markiiba waa laga saarayaa konsoolka, mana geli karo ilaa maamule guud uu dib u furo akoonka. Furayaashiisa API si joogto ah ayay u joogsan doonaan.',
  'member.disableConfirm': 'Haa, hakee',
  'member.disabled': 'Akoonka {name} waa la hakiyay. Waa laga saaray konsoolka.',
  'member.enableIntro':
    'Akoonkan waa la hakiyay. Dib u furiddiisu waxay u oggolaanaysaa inuu mar kale galo. Furayaasha API ee la buriyay markii la hakiyay way sii buran yihiin.',
  'member.enable': 'Dib u fur akoonka',
  'member.enableTitle': 'Ma dib u furaysaa akoonka {name}?',
  'member.enableBody': 'Wuxuu mar kale geli karaa, isagoo leh doorka {role}.',
  'member.enableConfirm': 'Haa, dib u fur',
  'member.enabled': 'Akoonka {name} mar kale waa la furay.',
  cancel: 'Jooji',
};

export default messages;
