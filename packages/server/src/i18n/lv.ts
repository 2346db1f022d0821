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
  'page.back': 'Atgriezties pie petīcijas',
  'page.home': 'Doties uz vietni: {agency}',
};

export default messages;
