// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Erősítse meg aláírását: {title}',
  'mail.confirm.body':
    'Ön kérte, hogy aláírhassa a következő petíciót: „{title}”.\n\nAláírása megerősítéséhez nyissa meg ezt a linket, és nyomja meg az „Aláírásom megerősítése” gombot:\n{link}\n\nA link érvényességi ideje {duration}. Aláírása csak a megerősítés után számít. Ha nem Ön kérte az aláírást, hagyja figyelmen kívül ezt az e-mailt: nem kerül sor aláírásra.',
  'mail.confirm.withdraw': 'Ha meggondolja magát, aláírását visszavonhatja, amíg a petíció aláírható:\n{withdrawLink}',
  'mail.already.subject': 'Ön már aláírta: {title}',
  'mail.already.body':
    'Valaki ezzel az e-mail-címmel próbálta aláírni a következő petíciót: „{title}”. Erről a címről a petíciót már aláírták. Minden címmel csak egyszer lehet aláírni, így semmi sem változott.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Erősítse meg aláírását',
  'page.confirm.intro': 'Ön kérte, hogy aláírja ezt a petíciót. Aláírása csak akkor számít, ha megerősíti.',
  'page.confirm.button': 'Aláírásom megerősítése',
  'page.confirm.ignore': 'Ha nem Ön kérte az aláírást, zárja be ezt az oldalt: nem kerül sor aláírásra.',
  'page.petition': 'Petíció: {title}',
  'page.confirmed.title': 'Aláírás megerősítve',
  'page.confirmed.body': 'Köszönjük. Aláírását megerősítettük, és most már beszámít.',
  'page.already.title': 'Az aláírás már meg van erősítve',
  'page.already.body': 'Aláírását már korábban megerősítette. Egy aláírásként számít.',
  'page.unknown.title': 'Ismeretlen link',
  'page.unknown.body':
    'Ez a megerősítő link nem érvényes. Ellenőrizze, hogy a legutóbbi e-mailben kapott linket teljes egészében nyitotta-e meg, vagy írja alá újra a petíciót.',
  'page.expired.title': 'A link lejárt',
  'page.expired.body':
    'A megerősítő linkek érvényességi ideje {duration}, és ez a link lejárt. Írja alá újra a petíciót, és új linket kap.',
  'page.closed.title': 'A petíció nem írható alá',
  'page.closed.body': 'Ezt a petíciót jelenleg nem lehet aláírni, ezért aláírását nem erősítettük meg.',
  'page.refused.title': 'Megerősítés elutasítva',
  'page.refused.body': 'Aláírását annak az oldalnak a gombjával erősítse meg, amelyet az e-mailben kapott link nyit meg.',
  'page.withdraw.title': 'Vonja vissza aláírását',
  'page.withdraw.intro': 'Aláírását, nevét és e-mail-címét eltávolítjuk ebből a petícióból. Ez a művelet visszafordíthatatlan.',
  'page.withdraw.button': 'Aláírásom visszavonása',
  'page.withdraw.ignore': 'Ha nem szeretné visszavonni aláírását, zárja be ezt az oldalt: semmi sem változik.',
  'page.withdrawn.title': 'Aláírás visszavonva',
  'page.withdrawn.body': 'Aláírását nevével és e-mail-címével együtt eltávolítottuk a petícióból.',
  'page.withdraw.closed': 'Ez a petíció már nem írható alá, ezért az aláírásai sem változhatnak.',
  'page.confirm.updates': 'Kérek e-mailt, ha ez a petíció elér egy mérföldkövet, választ kap vagy lezárul',
  'mail.update.milestone.subject': '{count} aláírás: {title}',
  'mail.update.milestone.body': 'Az Ön által aláírt „{title}” petíció mérföldkőhöz ért: már {count} aláírása van.',
  'mail.update.response.subject': 'Válasz a petícióra: {title}',
  'mail.update.response.body': '{agency} válaszolt az Ön által aláírt „{title}” petícióra:\n\n{response}',
  'mail.update.closed.subject': 'Lezárult a petíció: {title}',
  'mail.update.closed.body':
    'Az Ön által aláírt „{title}” petíció {count} aláírással lezárult. Ha választ tesznek közzé, azt e-mailben megkapja.',
  'mail.update.stop':
    'Azért kapja ezeket az e-maileket, mert aláírása megerősítésekor kérte őket. Ha le szeretne iratkozni, nyissa meg ezt a linket:\n{link}',
  'page.updates.title': 'Iratkozzon le a petícióval kapcsolatos e-mailekről',
  'page.updates.intro': 'Nem kap több e-mailt erről a petícióról. Aláírása továbbra is számít.',
  'page.updates.button': 'Leiratkozás az e-mailekről',
  'page.updates.stopped.title': 'Sikeres leiratkozás',
  'page.updates.stopped.body': 'Nem kap több e-mailt erről a petícióról. Aláírása továbbra is számít.',
  'mail.replies.confirm.subject': 'Erősítse meg a válaszokról szóló e-mail-értesítéseket: {title}',
  'mail.replies.confirm.body':
    'Ön kérte, hogy e-mailben értesítsük, ha valaki válaszol a hozzászólásaira a következő vitában: „{title}”.\n\nA megerősítéshez nyissa meg ezt a linket, és nyomja meg a „Megerősítés” gombot:\n{link}\n\nA link érvényességi ideje {duration}. Amíg nem erősíti meg, semmi mást nem küldünk Önnek. Ha nem Ön kérte ezt, hagyja figyelmen kívül ezt az e-mailt.',
  'mail.replies.digest.subject': 'Új válaszok hozzászólására: {title}',
  'mail.replies.digest.body': 'Hozzászólásaira új válaszok érkeztek a következő vitában: „{title}”.',
  'mail.replies.reply': '{name} ezt írta:',
  'mail.replies.anonymous': 'Névtelen',
  'mail.replies.more': 'További új válaszok: {count}',
  'mail.replies.read': 'Olvassa el a vitát:\n{link}',
  'mail.replies.stop':
    'Azért kapja ezeket az e-maileket (óránként legfeljebb egyet), mert hozzászóláskor kérte őket. Ha le szeretne iratkozni, nyissa meg ezt a linket:\n{link}',
  'page.discussion': 'Vita: {title}',
  'page.replies.confirm.title': 'Erősítse meg a válaszokról szóló e-mail-értesítéseket',
  'page.replies.confirm.intro':
    'Ön kérte, hogy e-mailben értesítsük, ha valaki válaszol a hozzászólásaira ebben a vitában. Amíg nem erősíti meg, semmit sem küldünk.',
  'page.replies.confirm.button': 'Megerősítés',
  'page.replies.confirm.ignore': 'Ha nem Ön kérte ezt, zárja be ezt az oldalt: nem kap e-mailt a válaszokról.',
  'page.replies.confirmed.title': 'A válaszokról szóló e-mail-értesítések megerősítve',
  'page.replies.confirmed.body':
    'Ha valaki válaszol a hozzászólásaira ebben a vitában, e-mailt kap, óránként legfeljebb egyet. Mindegyikben lesz egy link, amellyel leiratkozhat.',
  'page.replies.unknown.body':
    'Ez a link nem érvényes. Ellenőrizze, hogy a legutóbbi e-mailben kapott linket teljes egészében nyitotta-e meg.',
  'page.replies.expired.body':
    'A megerősítő linkek érvényességi ideje {duration}, és ez a link lejárt. Következő hozzászólásakor adja meg újra e-mail-címét.',
  'page.replies.stop.title': 'Iratkozzon le a válaszokról szóló e-mailekről',
  'page.replies.stop.intro': 'Nem kap több e-mailt a válaszokról ebben a vitában. Hozzászólásai változatlanul megmaradnak.',
  'page.replies.stop.all': 'A válaszokról szóló e-mailek leállítása az összes többi vitában is, most és a jövőben',
  'page.replies.stop.button': 'Leiratkozás az e-mailekről',
  'page.replies.stopped.body': 'Nem kap több e-mailt a válaszokról ebben a vitában.',
  'page.replies.stopped.all': 'Erre a címre semmilyen vitából nem kap több e-mailt a válaszokról.',
  'page.replies.back': 'Vissza a vitához',
  'page.back': 'Vissza a petícióhoz',
  'page.home': 'Ugrás ide: {agency}',
};

export default messages;
