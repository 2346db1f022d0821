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
  'page.back': 'Ku laabo codsiga',
  'page.home': 'Tag {agency}',
};

export default messages;
