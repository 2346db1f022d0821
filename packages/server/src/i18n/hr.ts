// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Potvrdite svoj potpis: {title}',
  'mail.confirm.body':
    'Zatražili ste potpisivanje peticije „{title}“.\n\nKako biste potvrdili potpis, otvorite ovu poveznicu i pritisnite gumb „Potvrđujem svoj potpis“:\n{link}\n\nPoveznica vrijedi {duration}. Potpis se računa tek nakon što ga potvrdite. Ako niste zatražili potpisivanje, zanemarite ovu poruku: ništa neće biti potpisano.',
  'mail.confirm.withdraw': 'Ako se predomislite, svoj potpis možete povući dok je peticija otvorena:\n{withdrawLink}',
  'mail.already.subject': 'Već ste potpisali: {title}',
  'mail.already.body':
    'Netko je pokušao potpisati peticiju „{title}“ ovom adresom e-pošte, kojom je peticija već potpisana. Svaka adresa može potpisati samo jednom, pa se ništa nije promijenilo.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Potvrdite svoj potpis',
  'page.confirm.intro': 'Zatražili ste potpisivanje ove peticije. Potpis se računa tek nakon što ga potvrdite.',
  'page.confirm.button': 'Potvrđujem svoj potpis',
  'page.confirm.ignore': 'Ako niste zatražili potpisivanje, zatvorite ovu stranicu: ništa neće biti potpisano.',
  'page.petition': 'Peticija: {title}',
  'page.confirmed.title': 'Potpis je potvrđen',
  'page.confirmed.body': 'Hvala. Vaš je potpis potvrđen i sada se računa.',
  'page.already.title': 'Potpis je već potvrđen',
  'page.already.body': 'Vaš je potpis već potvrđen. Računa se samo jednom.',
  'page.unknown.title': 'Poveznica nije prepoznata',
  'page.unknown.body':
    'Ova poveznica za potvrdu nije valjana. Provjerite jeste li otvorili cijelu poveznicu iz najnovije poruke ili ponovno potpišite peticiju.',
  'page.expired.title': 'Poveznica je istekla',
  'page.expired.body':
    'Poveznice za potvrdu vrijede {duration}, a ova je istekla. Ponovno potpišite peticiju kako biste dobili novu poveznicu.',
  'page.closed.title': 'Peticija nije otvorena',
  'page.closed.body': 'Ova peticija trenutačno ne prima potpise, pa Vaš potpis nije potvrđen.',
  'page.refused.title': 'Potvrda je odbijena',
  'page.refused.body': 'Potvrdite potpis gumbom na stranici koju otvara poveznica iz poruke e-pošte.',
  'page.withdraw.title': 'Povucite svoj potpis',
  'page.withdraw.intro': 'Vaš potpis, ime i adresa e-pošte bit će uklonjeni s ove peticije. To se ne može poništiti.',
  'page.withdraw.button': 'Povlačim svoj potpis',
  'page.withdraw.ignore': 'Ako ne želite povući potpis, zatvorite ovu stranicu: ništa se neće promijeniti.',
  'page.withdrawn.title': 'Potpis je povučen',
  'page.withdrawn.body': 'Vaš je potpis uklonjen s peticije, zajedno s Vašim imenom i adresom e-pošte.',
  'page.withdraw.closed': 'Ova peticija više nije otvorena, pa se njezini potpisi ne mogu mijenjati.',
  'page.confirm.updates': 'Pošaljite mi poruku e-pošte kada ova peticija dosegne etapu, dobije odgovor ili se zatvori',
  'mail.update.milestone.subject': 'Potpisi: {count} — {title}',
  'mail.update.milestone.body': 'Peticija „{title}“ koju ste potpisali dosegnula je etapu. Broj potpisa: {count}.',
  'mail.update.response.subject': 'Odgovor na peticiju: {title}',
  'mail.update.response.body': '{agency} odgovara na peticiju „{title}“ koju ste potpisali:\n\n{response}',
  'mail.update.closed.subject': 'Peticija zatvorena: {title}',
  'mail.update.closed.body':
    'Peticija „{title}“ koju ste potpisali zatvorena je. Broj potpisa: {count}. Ako bude objavljen odgovor, dobit ćete ga e-poštom.',
  'mail.update.stop':
    'Ove poruke primate jer ste ih zatražili pri potvrdi potpisa. Da biste ih prestali primati, otvorite ovu poveznicu:\n{link}',
  'page.updates.title': 'Odjavite poruke o ovoj peticiji',
  'page.updates.intro': 'Više nećete primati poruke o ovoj peticiji. Vaš se potpis i dalje računa.',
  'page.updates.button': 'Odjavljujem poruke',
  'page.updates.stopped.title': 'Poruke su odjavljene',
  'page.updates.stopped.body': 'Više nećete primati poruke o ovoj peticiji. Vaš se potpis i dalje računa.',
  'mail.replies.confirm.subject': 'Potvrdite poruke o odgovorima: {title}',
  'mail.replies.confirm.body':
    'Zatražili ste obavijest e-poštom kada netko odgovori na Vaše komentare u raspravi „{title}“.\n\nKako biste to potvrdili, otvorite ovu poveznicu i pritisnite gumb „Potvrđujem“:\n{link}\n\nPoveznica vrijedi {duration}. Dok ne potvrdite, nećemo Vam slati ništa drugo. Ako to niste zatražili, zanemarite ovu poruku.',
  'mail.replies.digest.subject': 'Novi odgovori na Vaš komentar: {title}',
  'mail.replies.digest.body': 'Na Vaše komentare u raspravi „{title}“ stigli su novi odgovori:',
  'mail.replies.reply': '{name} piše:',
  'mail.replies.anonymous': 'Anonimno',
  'mail.replies.more': 'Još novih odgovora: {count}',
  'mail.replies.read': 'Pročitajte raspravu:\n{link}',
  'mail.replies.stop':
    'Ove poruke primate, najviše jednu na sat, jer ste ih zatražili pri objavi komentara. Da biste ih prestali primati, otvorite ovu poveznicu:\n{link}',
  'page.discussion': 'Rasprava: {title}',
  'page.replies.confirm.title': 'Potvrdite poruke o odgovorima',
  'page.replies.confirm.intro':
    'Zatražili ste obavijest e-poštom kada netko odgovori na Vaše komentare u ovoj raspravi. Ništa nećemo slati dok ne potvrdite.',
  'page.replies.confirm.button': 'Potvrđujem',
  'page.replies.confirm.ignore': 'Ako to niste zatražili, zatvorite ovu stranicu: nećete primati poruke o odgovorima.',
  'page.replies.confirmed.title': 'Poruke o odgovorima su potvrđene',
  'page.replies.confirmed.body':
    'Kada netko odgovori na Vaše komentare u ovoj raspravi, primit ćete poruku, najviše jednu na sat. Svaka poruka sadrži poveznicu za odjavu.',
  'page.replies.unknown.body': 'Ova poveznica nije valjana. Provjerite jeste li otvorili cijelu poveznicu iz najnovije poruke.',
  'page.replies.expired.body':
    'Poveznice za potvrdu vrijede {duration}, a ova je istekla. Ponovno unesite svoju adresu e-pošte kada sljedeći put objavite komentar.',
  'page.replies.stop.title': 'Odjavite poruke o odgovorima',
  'page.replies.stop.intro': 'Više nećete primati poruke o odgovorima u ovoj raspravi. Vaši komentari ostaju nepromijenjeni.',
  'page.replies.stop.all': 'Odjavite i poruke o odgovorima u svim ostalim raspravama, sada i ubuduće',
  'page.replies.stop.button': 'Odjavljujem poruke',
  'page.replies.stopped.body': 'Više nećete primati poruke o odgovorima u ovoj raspravi.',
  'page.replies.stopped.all': 'Na ovu adresu više nećete primati poruke o odgovorima ni u jednoj raspravi.',
  'page.replies.back': 'Povratak na raspravu',
  'page.back': 'Povratak na peticiju',
  'page.home': 'Idite na stranicu: {agency}',
};

export default messages;
