// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Apstipriniet savu parakstu: {title}',
  'mail.confirm.body':
    'Jūs pieprasījāt parakstīt petīciju „{title}“.\n\nLai apstiprinātu parakstu, atveriet šo saiti un nospiediet pogu „Apstiprināt manu parakstu“:\n{link}\n\nSaites derīguma termiņš ir {duration}. Jūsu paraksts tiek ieskaitīts tikai pēc tam, kad tas ir apstiprināts. Ja Jūs nepieprasījāt parakstīšanu, neņemiet vērā šo e-pastu: nekas netiks parakstīts.',
  'mail.confirm.withdraw': 'Ja pārdomāsiet, Jūs varat atsaukt savu parakstu, kamēr petīcija ir atvērta:\n{withdrawLink}',
  'mail.already.subject': 'Petīcija jau ir parakstīta: {title}',
  'mail.already.body':
    'Kāds mēģināja parakstīt petīciju „{title}“ ar šo e-pasta adresi, ar kuru tā jau ir parakstīta. Ar katru adresi var parakstīt tikai vienu reizi, tāpēc nekas nav mainījies.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Apstipriniet savu parakstu',
  'page.confirm.intro': 'Jūs pieprasījāt parakstīt šo petīciju. Jūsu paraksts tiek ieskaitīts tikai pēc tam, kad to apstiprināt.',
  'page.confirm.button': 'Apstiprināt manu parakstu',
  'page.confirm.ignore': 'Ja Jūs nepieprasījāt parakstīšanu, aizveriet šo lapu: nekas netiks parakstīts.',
  'page.petition': 'Petīcija: {title}',
  'page.confirmed.title': 'Paraksts apstiprināts',
  'page.confirmed.body': 'Paldies! Jūsu paraksts ir apstiprināts un tiek ieskaitīts.',
  'page.already.title': 'Paraksts jau apstiprināts',
  'page.already.body': 'Jūsu paraksts jau bija apstiprināts. Tas tiek ieskaitīts vienu reizi.',
  'page.unknown.title': 'Saite nav atpazīta',
  'page.unknown.body':
    'Šī apstiprinājuma saite nav derīga. Pārbaudiet, vai atvērāt visu saiti no pēdējā saņemtā e-pasta, vai parakstiet petīciju vēlreiz.',
  'page.expired.title': 'Saitei beidzies derīguma termiņš',
  'page.expired.body':
    'Apstiprinājuma saišu derīguma termiņš ir {duration}, un šīs saites derīguma termiņš ir beidzies. Parakstiet petīciju vēlreiz, lai saņemtu jaunu saiti.',
  'page.closed.title': 'Petīcija nav atvērta',
  'page.closed.body': 'Šī petīcija nepieņem parakstus, tāpēc Jūsu paraksts netika apstiprināts.',
  'page.refused.title': 'Apstiprināšana noraidīta',
  'page.refused.body': 'Apstipriniet parakstu ar pogu lapā, ko atver saite Jūsu e-pastā.',
  'page.withdraw.title': 'Atsauciet savu parakstu',
  'page.withdraw.intro': 'Jūsu paraksts, vārds un e-pasta adrese tiks izņemti no šīs petīcijas. Šo darbību nevarēs atcelt.',
  'page.withdraw.button': 'Atsaukt manu parakstu',
  'page.withdraw.ignore': 'Ja nevēlaties atsaukt parakstu, aizveriet šo lapu: nekas nemainīsies.',
  'page.withdrawn.title': 'Paraksts atsaukts',
  'page.withdrawn.body': 'Jūsu paraksts kopā ar Jūsu vārdu un e-pasta adresi ir izņemts no petīcijas.',
  'page.withdraw.closed': 'Šī petīcija vairs nav atvērta, tāpēc tās parakstus vairs nevar mainīt.',
  'page.confirm.updates': 'Sūtīt man e-pastu, kad šī petīcija sasniedz starpmērķi, saņem atbildi vai tiek slēgta',
  'mail.update.milestone.subject': 'Paraksti: {count} — {title}',
  'mail.update.milestone.body': 'Jūsu parakstītā petīcija „{title}“ ir sasniegusi starpmērķi. Parakstu skaits: {count}.',
  'mail.update.response.subject': 'Atbilde uz petīciju: {title}',
  'mail.update.response.body': '{agency} atbild uz Jūsu parakstīto petīciju „{title}“:\n\n{response}',
  'mail.update.closed.subject': 'Petīcija slēgta: {title}',
  'mail.update.closed.body':
    'Jūsu parakstītā petīcija „{title}“ ir slēgta. Parakstu skaits: {count}. Ja tiks publicēta atbilde, Jūs to saņemsiet e-pastā.',
  'mail.update.stop':
    'Jūs saņemat šos e-pastus, jo tos pieprasījāt, apstiprinot parakstu. Lai tos pārtrauktu, atveriet šo saiti:\n{link}',
  'page.updates.title': 'Pārtrauciet e-pastus par šo petīciju',
  'page.updates.intro': 'Jūs vairs nesaņemsiet e-pastus par šo petīciju. Jūsu paraksts joprojām tiek ieskaitīts.',
  'page.updates.button': 'Pārtraukt e-pastus',
  'page.updates.stopped.title': 'E-pasti pārtraukti',
  'page.updates.stopped.body': 'Jūs vairs nesaņemsiet e-pastus par šo petīciju. Jūsu paraksts joprojām tiek ieskaitīts.',
  'mail.replies.confirm.subject': 'Apstipriniet e-pastus par atbildēm: {title}',
  'mail.replies.confirm.body':
    'Jūs pieprasījāt saņemt e-pastu, kad kāds atbild uz Jūsu komentāriem diskusijā „{title}“.\n\nLai apstiprinātu, atveriet šo saiti un nospiediet pogu „Apstiprināt“:\n{link}\n\nSaites derīguma termiņš ir {duration}. Līdz apstiprināšanai mēs Jums neko citu nesūtīsim. Ja Jūs to nepieprasījāt, neņemiet vērā šo e-pastu.',
  'mail.replies.digest.subject': 'Jaunas atbildes uz Jūsu komentāru: {title}',
  'mail.replies.digest.body': 'Diskusijā „{title}“ ir jaunas atbildes uz Jūsu komentāriem:',
  'mail.replies.reply': '{name} raksta:',
  'mail.replies.anonymous': 'Anonīms',
  'mail.replies.more': 'Vēl jaunas atbildes: {count}',
  'mail.replies.read': 'Lasīt diskusiju:\n{link}',
  'mail.replies.stop':
    'Jūs saņemat šos e-pastus (ne biežāk kā vienu stundā), jo tos pieprasījāt, publicējot komentāru. Lai tos pārtrauktu, atveriet šo saiti:\n{link}',
  'page.discussion': 'Diskusija: {title}',
  'page.replies.confirm.title': 'Apstipriniet e-pastus par atbildēm',
  'page.replies.confirm.intro':
    'Jūs pieprasījāt saņemt e-pastu, kad kāds atbild uz Jūsu komentāriem šajā diskusijā. Līdz apstiprināšanai mēs neko nesūtīsim.',
  'page.replies.confirm.button': 'Apstiprināt',
  'page.replies.confirm.ignore': 'Ja Jūs to nepieprasījāt, aizveriet šo lapu: e-pastus par atbildēm Jūs nesaņemsiet.',
  'page.replies.confirmed.title': 'E-pasti par atbildēm apstiprināti',
  'page.replies.confirmed.body':
    'Kad kāds atbildēs uz Jūsu komentāriem šajā diskusijā, Jūs saņemsiet e-pastu, ne biežāk kā vienu stundā. Katrā e-pastā būs saite, lai tos pārtrauktu.',
  'page.replies.unknown.body': 'Šī saite nav derīga. Pārbaudiet, vai atvērāt visu saiti no pēdējā saņemtā e-pasta.',
  'page.replies.expired.body':
    'Apstiprinājuma saišu derīguma termiņš ir {duration}, un šīs saites derīguma termiņš ir beidzies. Nākamreiz, publicējot komentāru, norādiet savu e-pasta adresi vēlreiz.',
  'page.replies.stop.title': 'Pārtrauciet e-pastus par atbildēm',
  'page.replies.stop.intro': 'Jūs vairs nesaņemsiet e-pastus par atbildēm šajā diskusijā. Jūsu komentāri paliek nemainīti.',
  'page.replies.stop.all': 'Pārtraukt e-pastus par atbildēm arī visās citās diskusijās – tagad un turpmāk',
  'page.replies.stop.button': 'Pārtraukt e-pastus',
  'page.replies.stopped.body': 'Jūs vairs nesaņemsiet e-pastus par atbildēm šajā diskusijā.',
  'page.replies.stopped.all': 'Uz šo adresi Jūs vairs nesaņemsiet e-pastus par atbildēm nevienā diskusijā.',
  'page.replies.back': 'Atgriezties pie diskusijas',
  'page.back': 'Atgriezties pie petīcijas',
  'page.home': 'Doties uz vietni: {agency}',
};

export default messages;
