// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Xaqiiji saxiixaaga: {title}',
  'mail.confirm.body':
    'Waxaad codsatay inaad saxiixdo codsiga “{title}”.\n\nSi aad u xaqiijiso saxiixaaga, fur link-gan oo riix badhanka “Xaqiiji saxiixayga”:\n{link}\n\nLink-gu wuxuu shaqaynayaa {duration}. Saxiixaagu wuxuu tirsanayaa oo keliya marka la xaqiijiyo. Haddii aadan codsan inaad saxiixdo, iska dhaaf iimaylkan: waxba lama saxiixi doono.',
  'mail.confirm.withdraw':
    "Haddii aad beddesho go'aankaaga, waxaad ka noqon kartaa saxiixaaga inta codsigu furan yahay:\n{withdrawLink}",
  'mail.already.subject': 'Horay ayaad u saxiixday: {title}',
  'mail.already.body':
    'Qof ayaa isku dayay inuu codsiga “{title}” ku saxiixo cinwaankan iimaylka, kaas oo horay u saxiixay. Cinwaan kasta hal mar oo keliya ayuu saxiixi karaa, sidaas darteed waxba isma beddelin.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Xaqiiji saxiixaaga',
  'page.confirm.intro': 'Waxaad codsatay inaad saxiixdo codsigan. Saxiixaagu wuxuu tirsanayaa oo keliya marka aad xaqiijiso.',
  'page.confirm.button': 'Xaqiiji saxiixayga',
  'page.confirm.ignore': 'Haddii aadan codsan inaad saxiixdo, xir boggan: waxba lama saxiixi doono.',
  'page.petition': 'Codsi: {title}',
  'page.confirmed.title': 'Saxiixa waa la xaqiijiyay',
  'page.confirmed.body': 'Mahadsanid. Saxiixaaga waa la xaqiijiyay, haddana wuu tirsan yahay.',
  'page.already.title': 'Saxiixa horay ayaa loo xaqiijiyay',
  'page.already.body': 'Saxiixaaga horay ayaa loo xaqiijiyay. Hal mar ayuu tirsan yahay.',
  'page.unknown.title': 'Link-ga lama aqoonsan',
  'page.unknown.body':
    'Link-gan xaqiijinta ah ma ansax aha. Hubi inaad furtay link-ga oo dhan ee ku jira iimaylkaagii ugu dambeeyay, ama mar kale saxiix codsiga.',
  'page.expired.title': 'Link-gu wuu dhacay',
  'page.expired.body':
    'Link-yada xaqiijintu waxay shaqeeyaan {duration}, kanna wuu dhacay. Mar kale saxiix codsiga si aad u hesho link cusub.',
  'page.closed.title': 'Codsigu ma furna',
  'page.closed.body': 'Codsigan ma aqbalayo saxiixyo, sidaas darteed saxiixaaga lama xaqiijin.',
  'page.refused.title': 'Xaqiijinta waa la diiday',
  'page.refused.body': 'Ku xaqiiji saxiixaaga badhanka ku yaal bogga uu furo link-ga ku jira iimaylkaaga.',
  'page.withdraw.title': 'Ka noqo saxiixaaga',
  'page.withdraw.intro':
    'Saxiixaaga, magacaaga iyo cinwaanka iimaylkaaga waa laga saari doonaa codsigan. Tan dib looma celin karo.',
  'page.withdraw.button': 'Ka noqo saxiixayga',
  'page.withdraw.ignore': 'Haddii aadan doonayn inaad ka noqoto, xir boggan: waxba isma beddeli doonaan.',
  'page.withdrawn.title': 'Saxiixa waa laga noqday',
  'page.withdrawn.body': 'Saxiixaaga waa laga saaray codsiga, oo ay weheliyaan magacaaga iyo cinwaanka iimaylkaaga.',
  'page.withdraw.closed': 'Codsigan hadda ma furna, sidaas darteed saxiixyadiisa lama beddeli karo.',
  'page.confirm.updates': 'Iimayl ii soo dir marka codsigani gaaro heer muhiim ah, helo jawaab ama la xiro',
  'mail.update.milestone.subject': '{count} saxiix: {title}',
  'mail.update.milestone.body': 'Codsiga “{title}” ee aad saxiixday wuxuu gaaray {count} saxiix.',
  'mail.update.response.subject': 'Jawaabta codsiga: {title}',
  'mail.update.response.body': '{agency} waxay ka jawaabtay codsiga “{title}” ee aad saxiixday:\n\n{response}',
  'mail.update.closed.subject': 'Codsiga waa la xiray: {title}',
  'mail.update.closed.body':
    'Codsiga “{title}” ee aad saxiixday waa la xiray, isagoo leh {count} saxiix. Haddii jawaab la daabaco, waxaad ku heli doontaa iimayl.',
  'mail.update.stop':
    'Waxaad helaysaa iimayladan sababtoo ah waad codsatay markii aad xaqiijinaysay saxiixaaga. Si aad u joojiso, fur link-gan:\n{link}',
  'page.updates.title': 'Jooji iimaylada ku saabsan codsigan',
  'page.updates.intro': 'Mar dambe ma heli doontid iimaylo ku saabsan codsigan. Saxiixaagu weli wuu tirsan yahay.',
  'page.updates.button': 'Jooji iimaylada',
  'page.updates.stopped.title': 'Iimaylada waa la joojiyay',
  'page.updates.stopped.body': 'Mar dambe ma heli doontid iimaylo ku saabsan codsigan. Saxiixaagu weli wuu tirsan yahay.',
  'mail.replies.confirm.subject': 'Xaqiiji iimaylada ku saabsan jawaabaha: {title}',
  'mail.replies.confirm.body':
    'Waxaad codsatay in iimayl laguugu soo sheego marka qof uu ka jawaabo faallooyinkaaga ku jira doodda “{title}”.\n\nSi aad u xaqiijiso, fur link-gan oo riix badhanka “Xaqiiji”:\n{link}\n\nLink-gu wuxuu shaqaynayaa {duration}. Ilaa aad xaqiijiso, wax kale kuuma soo diri doonno. Haddii aadan tan codsan, iska dhaaf iimaylkan.',
  'mail.replies.digest.subject': 'Jawaabo cusub oo ku saabsan faalladaada: {title}',
  'mail.replies.digest.body': 'Waxaa jira jawaabo cusub oo ku saabsan faallooyinkaaga ku jira doodda “{title}”:',
  'mail.replies.reply': 'Waxaa qoray {name}:',
  'mail.replies.anonymous': "Magac la'aan",
  'mail.replies.more': 'Jawaabo cusub oo kale: {count}',
  'mail.replies.read': 'Akhri doodda:\n{link}',
  'mail.replies.stop':
    'Waxaad helaysaa iimayladan, ugu badnaan hal saacaddii, sababtoo ah waad codsatay markii aad faallo daabacday. Si aad u joojiso, fur link-gan:\n{link}',
  'page.discussion': 'Dood: {title}',
  'page.replies.confirm.title': 'Xaqiiji iimaylada ku saabsan jawaabaha',
  'page.replies.confirm.intro':
    'Waxaad codsatay in iimayl laguugu soo sheego marka qof uu ka jawaabo faallooyinkaaga ku jira doodan. Waxba ma soo diri doonno ilaa aad xaqiijiso.',
  'page.replies.confirm.button': 'Xaqiiji',
  'page.replies.confirm.ignore': 'Haddii aadan tan codsan, xir boggan: ma heli doontid iimaylo ku saabsan jawaabaha.',
  'page.replies.confirmed.title': 'Iimaylada ku saabsan jawaabaha waa la xaqiijiyay',
  'page.replies.confirmed.body':
    'Marka qof uu ka jawaabo faallooyinkaaga ku jira doodan, waxaad heli doontaa iimayl, ugu badnaan hal saacaddii. Iimayl kasta wuxuu leeyahay link aad ku joojin karto.',
  'page.replies.unknown.body': 'Link-gan ma ansax aha. Hubi inaad furtay link-ga oo dhan ee ku jira iimaylkaagii ugu dambeeyay.',
  'page.replies.expired.body':
    'Link-yada xaqiijintu waxay shaqeeyaan {duration}, kanna wuu dhacay. Mar kale geli cinwaanka iimaylkaaga marka xigta ee aad faallo daabacdo.',
  'page.replies.stop.title': 'Jooji iimaylada ku saabsan jawaabaha',
  'page.replies.stop.intro':
    'Mar dambe ma heli doontid iimaylo ku saabsan jawaabaha doodan. Faallooyinkaagu sidooda ayay ahaanayaan.',
  'page.replies.stop.all': 'Sidoo kale jooji iimaylada ku saabsan jawaabaha dood kasta oo kale, hadda iyo mustaqbalka',
  'page.replies.stop.button': 'Jooji iimaylada',
  'page.replies.stopped.body': 'Mar dambe ma heli doontid iimaylo ku saabsan jawaabaha doodan.',
  'page.replies.stopped.all': 'Cinwaankan mar dambe laguma soo diri doono iimaylo ku saabsan jawaabaha, dood kasta ha ahaatee.',
  'page.replies.back': 'Ku laabo doodda',
  'page.back': 'Ku laabo codsiga',
  'page.home': 'Tag {agency}',
};

export default messages;
