// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Vahvista allekirjoituksesi: {title}',
  'mail.confirm.body':
    'Olet ilmoittanut haluavasi allekirjoittaa adressin ”{title}”.\n\nVahvista allekirjoituksesi avaamalla tämä linkki ja painamalla painiketta ”Vahvista allekirjoitukseni”:\n{link}\n\nLinkin voimassaoloaika on {duration}. Allekirjoituksesi lasketaan mukaan vasta, kun se on vahvistettu. Jos et pyytänyt allekirjoittamista, voit jättää tämän viestin huomiotta: mitään ei allekirjoiteta.',
  'mail.confirm.withdraw': 'Jos muutat mielesi, voit perua allekirjoituksesi niin kauan kuin adressi on avoinna:\n{withdrawLink}',
  'mail.already.subject': 'Olet jo allekirjoittanut: {title}',
  'mail.already.body':
    'Joku yritti allekirjoittaa adressin ”{title}” tällä sähköpostiosoitteella, jolla adressi on jo allekirjoitettu. Kullakin osoitteella voi allekirjoittaa vain kerran, joten mikään ei muuttunut.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Vahvista allekirjoituksesi',
  'page.confirm.intro':
    'Olet ilmoittanut haluavasi allekirjoittaa tämän adressin. Allekirjoituksesi lasketaan mukaan vasta, kun vahvistat sen.',
  'page.confirm.button': 'Vahvista allekirjoitukseni',
  'page.confirm.ignore': 'Jos et pyytänyt allekirjoittamista, sulje tämä sivu: mitään ei allekirjoiteta.',
  'page.petition': 'Adressi: {title}',
  'page.confirmed.title': 'Allekirjoitus vahvistettu',
  'page.confirmed.body': 'Kiitos. Allekirjoituksesi on vahvistettu, ja se lasketaan nyt mukaan.',
  'page.already.title': 'Allekirjoitus on jo vahvistettu',
  'page.already.body': 'Allekirjoituksesi oli jo vahvistettu. Se lasketaan mukaan kerran.',
  'page.unknown.title': 'Linkkiä ei tunnistettu',
  'page.unknown.body':
    'Tämä vahvistuslinkki ei ole kelvollinen. Tarkista, että avasit koko linkin uusimmasta sähköpostiviestistäsi, tai allekirjoita adressi uudelleen.',
  'page.expired.title': 'Linkki on vanhentunut',
  'page.expired.body':
    'Vahvistuslinkkien voimassaoloaika on {duration}, ja tämä linkki on vanhentunut. Allekirjoita adressi uudelleen, niin saat uuden linkin.',
  'page.closed.title': 'Adressi ei ole avoinna',
  'page.closed.body': 'Tätä adressia ei voi nyt allekirjoittaa, joten allekirjoitustasi ei vahvistettu.',
  'page.refused.title': 'Vahvistus hylättiin',
  'page.refused.body': 'Vahvista allekirjoituksesi painikkeella, joka on sähköpostisi linkistä avautuvalla sivulla.',
  'page.withdraw.title': 'Peru allekirjoituksesi',
  'page.withdraw.intro': 'Allekirjoituksesi, nimesi ja sähköpostiosoitteesi poistetaan tästä adressista. Tätä ei voi kumota.',
  'page.withdraw.button': 'Peru allekirjoitukseni',
  'page.withdraw.ignore': 'Jos et halua perua allekirjoitustasi, sulje tämä sivu: mikään ei muutu.',
  'page.withdrawn.title': 'Allekirjoitus peruttu',
  'page.withdrawn.body': 'Allekirjoituksesi on poistettu adressista yhdessä nimesi ja sähköpostiosoitteesi kanssa.',
  'page.withdraw.closed': 'Tämä adressi ei ole enää avoinna, joten sen allekirjoituksia ei voi enää muuttaa.',
  'page.confirm.updates': 'Lähetä minulle sähköpostia, kun tämä adressi saavuttaa välitavoitteen, saa vastauksen tai sulkeutuu',
  'mail.update.milestone.subject': 'Allekirjoituksia: {count} – {title}',
  'mail.update.milestone.body': 'Allekirjoittamasi adressi ”{title}” on saavuttanut välitavoitteen. Allekirjoituksia: {count}.',
  'mail.update.response.subject': 'Vastaus adressiin: {title}',
  'mail.update.response.body': '{agency} on vastannut allekirjoittamaasi adressiin ”{title}”:\n\n{response}',
  'mail.update.closed.subject': 'Adressi on suljettu: {title}',
  'mail.update.closed.body':
    'Allekirjoittamasi adressi ”{title}” on suljettu. Allekirjoituksia: {count}. Jos vastaus julkaistaan, saat sen sähköpostitse.',
  'mail.update.stop':
    'Saat nämä viestit, koska pyysit niitä vahvistaessasi allekirjoituksesi. Voit lopettaa ne avaamalla tämän linkin:\n{link}',
  'page.updates.title': 'Lopeta tätä adressia koskevat viestit',
  'page.updates.intro': 'Et saa enää viestejä tästä adressista. Allekirjoituksesi lasketaan edelleen mukaan.',
  'page.updates.button': 'Lopeta viestit',
  'page.updates.stopped.title': 'Viestit lopetettu',
  'page.updates.stopped.body': 'Et saa enää viestejä tästä adressista. Allekirjoituksesi lasketaan edelleen mukaan.',
  'mail.replies.confirm.subject': 'Vahvista vastauksia koskevat sähköpostit: {title}',
  'mail.replies.confirm.body':
    'Olet pyytänyt ilmoitusta sähköpostiin, kun joku vastaa kommentteihisi keskustelussa ”{title}”.\n\nVahvista pyyntö avaamalla tämä linkki ja painamalla painiketta ”Vahvista”:\n{link}\n\nLinkin voimassaoloaika on {duration}. Ennen kuin vahvistat, emme lähetä sinulle mitään muuta. Jos et pyytänyt tätä, voit jättää tämän viestin huomiotta.',
  'mail.replies.digest.subject': 'Uusia vastauksia kommenttiisi: {title}',
  'mail.replies.digest.body': 'Kommentteihisi on tullut uusia vastauksia keskustelussa ”{title}”:',
  'mail.replies.reply': '{name} kirjoitti:',
  'mail.replies.anonymous': 'Nimetön',
  'mail.replies.more': 'Muita uusia vastauksia: {count}',
  'mail.replies.read': 'Lue keskustelu:\n{link}',
  'mail.replies.stop':
    'Saat nämä viestit, enintään yhden tunnissa, koska pyysit niitä julkaistessasi kommentin. Voit lopettaa ne avaamalla tämän linkin:\n{link}',
  'page.discussion': 'Keskustelu: {title}',
  'page.replies.confirm.title': 'Vahvista vastauksia koskevat sähköpostit',
  'page.replies.confirm.intro':
    'Olet pyytänyt ilmoitusta sähköpostiin, kun joku vastaa kommentteihisi tässä keskustelussa. Emme lähetä mitään ennen kuin vahvistat.',
  'page.replies.confirm.button': 'Vahvista',
  'page.replies.confirm.ignore': 'Jos et pyytänyt tätä, sulje tämä sivu: et saa sähköpostia vastauksista.',
  'page.replies.confirmed.title': 'Vastauksia koskevat sähköpostit vahvistettu',
  'page.replies.confirmed.body':
    'Kun joku vastaa kommentteihisi tässä keskustelussa, saat sähköpostiviestin, enintään yhden tunnissa. Jokaisessa viestissä on linkki, jolla voit lopettaa viestit.',
  'page.replies.unknown.body':
    'Tämä linkki ei ole kelvollinen. Tarkista, että avasit koko linkin uusimmasta sähköpostiviestistäsi.',
  'page.replies.expired.body':
    'Vahvistuslinkkien voimassaoloaika on {duration}, ja tämä linkki on vanhentunut. Anna sähköpostiosoitteesi uudelleen, kun seuraavan kerran julkaiset kommentin.',
  'page.replies.stop.title': 'Lopeta vastauksia koskevat viestit',
  'page.replies.stop.intro': 'Et saa enää viestejä tämän keskustelun vastauksista. Kommenttisi säilyvät ennallaan.',
  'page.replies.stop.all': 'Lopeta vastauksia koskevat viestit myös kaikista muista keskusteluista, nyt ja jatkossa',
  'page.replies.stop.button': 'Lopeta viestit',
  'page.replies.stopped.body': 'Et saa enää viestejä tämän keskustelun vastauksista.',
  'page.replies.stopped.all': 'Et saa enää tähän osoitteeseen viestejä vastauksista missään keskustelussa.',
  'page.replies.back': 'Palaa keskusteluun',
  'page.back': 'Palaa adressiin',
  'page.home': 'Siirry sivustolle: {agency}',
};

export default messages;
