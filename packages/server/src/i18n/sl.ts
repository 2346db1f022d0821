// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Potrdite svoj podpis: {title}',
  'mail.confirm.body':
    'Zaprosili ste za podpis peticije „{title}“.\n\nZa potrditev podpisa odprite to povezavo in pritisnite gumb „Potrdi moj podpis“:\n{link}\n\nPovezava velja {duration}. Vaš podpis šteje šele, ko je potrjen. Če niste zaprosili za podpis, to e-poštno sporočilo prezrite: nič ne bo podpisano.',
  'mail.confirm.withdraw': 'Če si premislite, lahko svoj podpis umaknete, dokler je peticija odprta:\n{withdrawLink}',
  'mail.already.subject': 'Peticijo ste že podpisali: {title}',
  'mail.already.body':
    'Nekdo je poskušal podpisati peticijo „{title}“ s tem e-poštnim naslovom, s katerim je bila peticija že podpisana. Z vsakim naslovom je mogoče podpisati samo enkrat, zato se ni nič spremenilo.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Potrdite svoj podpis',
  'page.confirm.intro': 'Zaprosili ste za podpis te peticije. Vaš podpis šteje šele, ko ga potrdite.',
  'page.confirm.button': 'Potrdi moj podpis',
  'page.confirm.ignore': 'Če niste zaprosili za podpis, zaprite to stran: nič ne bo podpisano.',
  'page.petition': 'Peticija: {title}',
  'page.confirmed.title': 'Podpis je potrjen',
  'page.confirmed.body': 'Hvala. Vaš podpis je potrjen in zdaj šteje.',
  'page.already.title': 'Podpis je že potrjen',
  'page.already.body': 'Vaš podpis je bil že potrjen. Šteje samo enkrat.',
  'page.unknown.title': 'Povezava ni prepoznana',
  'page.unknown.body':
    'Ta potrditvena povezava ni veljavna. Preverite, ali ste odprli celotno povezavo iz zadnjega e-poštnega sporočila, ali pa peticijo podpišite znova.',
  'page.expired.title': 'Povezava je potekla',
  'page.expired.body':
    'Potrditvene povezave veljajo {duration} in ta je potekla. Peticijo podpišite znova, da prejmete novo povezavo.',
  'page.closed.title': 'Peticija ni odprta',
  'page.closed.body': 'Ta peticija ne sprejema podpisov, zato vaš podpis ni bil potrjen.',
  'page.refused.title': 'Potrditev zavrnjena',
  'page.refused.body': 'Podpis potrdite z gumbom na strani, ki se odpre s povezavo iz vašega e-poštnega sporočila.',
  'page.withdraw.title': 'Umaknite svoj podpis',
  'page.withdraw.intro': 'Vaš podpis, ime in e-poštni naslov bodo odstranjeni s te peticije. Tega ni mogoče razveljaviti.',
  'page.withdraw.button': 'Umakni moj podpis',
  'page.withdraw.ignore': 'Če podpisa ne želite umakniti, zaprite to stran: nič se ne bo spremenilo.',
  'page.withdrawn.title': 'Podpis je umaknjen',
  'page.withdrawn.body': 'Vaš podpis je bil odstranjen s peticije, skupaj z vašim imenom in e-poštnim naslovom.',
  'page.withdraw.closed': 'Ta peticija ni več odprta, zato njenih podpisov ni več mogoče spremeniti.',
  'page.confirm.updates': 'Pošljite mi e-poštno sporočilo, ko peticija doseže mejnik, prejme odgovor ali se zapre',
  'mail.update.milestone.subject': 'Podpisi: {count} — {title}',
  'mail.update.milestone.body': 'Peticija „{title}“, ki ste jo podpisali, je dosegla mejnik. Število podpisov: {count}.',
  'mail.update.response.subject': 'Odgovor na peticijo: {title}',
  'mail.update.response.body': '{agency} odgovarja na peticijo „{title}“, ki ste jo podpisali:\n\n{response}',
  'mail.update.closed.subject': 'Peticija zaprta: {title}',
  'mail.update.closed.body':
    'Peticija „{title}“, ki ste jo podpisali, je zaprta. Število podpisov: {count}. Če bo objavljen odgovor, ga boste prejeli po e-pošti.',
  'mail.update.stop':
    'Ta e-poštna sporočila prejemate, ker ste jih zahtevali ob potrditvi podpisa. Če jih želite ustaviti, odprite to povezavo:\n{link}',
  'page.updates.title': 'Ustavite e-poštna sporočila o tej peticiji',
  'page.updates.intro': 'O tej peticiji ne boste več prejemali e-poštnih sporočil. Vaš podpis še vedno šteje.',
  'page.updates.button': 'Ustavi e-poštna sporočila',
  'page.updates.stopped.title': 'E-poštna sporočila ustavljena',
  'page.updates.stopped.body': 'O tej peticiji ne boste več prejemali e-poštnih sporočil. Vaš podpis še vedno šteje.',
  'mail.replies.confirm.subject': 'Potrdite e-poštna sporočila o odgovorih: {title}',
  'mail.replies.confirm.body':
    'Zaprosili ste, da vas po e-pošti obvestimo, ko kdo odgovori na vaše komentarje v razpravi „{title}“.\n\nZa potrditev odprite to povezavo in pritisnite gumb „Potrdi“:\n{link}\n\nPovezava velja {duration}. Dokler ne potrdite, vam ne bomo poslali ničesar drugega. Če za to niste zaprosili, to e-poštno sporočilo prezrite.',
  'mail.replies.digest.subject': 'Novi odgovori na vaš komentar: {title}',
  'mail.replies.digest.body': 'Na vaše komentarje v razpravi „{title}“ so novi odgovori:',
  'mail.replies.reply': '{name} piše:',
  'mail.replies.anonymous': 'Anonimno',
  'mail.replies.more': 'Drugi novi odgovori: {count}',
  'mail.replies.read': 'Preberite razpravo:\n{link}',
  'mail.replies.stop':
    'Ta e-poštna sporočila prejemate, največ eno na uro, ker ste jih zahtevali ob objavi komentarja. Če jih želite ustaviti, odprite to povezavo:\n{link}',
  'page.discussion': 'Razprava: {title}',
  'page.replies.confirm.title': 'Potrdite e-poštna sporočila o odgovorih',
  'page.replies.confirm.intro':
    'Zaprosili ste, da vas po e-pošti obvestimo, ko kdo odgovori na vaše komentarje v tej razpravi. Dokler ne potrdite, ne pošljemo ničesar.',
  'page.replies.confirm.button': 'Potrdi',
  'page.replies.confirm.ignore': 'Če za to niste zaprosili, zaprite to stran: e-poštnih sporočil o odgovorih ne boste prejemali.',
  'page.replies.confirmed.title': 'E-poštna sporočila o odgovorih so potrjena',
  'page.replies.confirmed.body':
    'Ko kdo odgovori na vaše komentarje v tej razpravi, boste prejeli e-poštno sporočilo, največ eno na uro. Vsako vsebuje povezavo, s katero jih lahko ustavite.',
  'page.replies.unknown.body':
    'Ta povezava ni veljavna. Preverite, ali ste odprli celotno povezavo iz zadnjega e-poštnega sporočila.',
  'page.replies.expired.body':
    'Potrditvene povezave veljajo {duration} in ta je potekla. Ko boste naslednjič objavili komentar, znova vpišite svoj e-poštni naslov.',
  'page.replies.stop.title': 'Ustavite e-poštna sporočila o odgovorih',
  'page.replies.stop.intro':
    'O odgovorih v tej razpravi ne boste več prejemali e-poštnih sporočil. Vaši komentarji ostanejo nespremenjeni.',
  'page.replies.stop.all': 'Ustavi tudi e-poštna sporočila o odgovorih v vseh drugih razpravah, zdaj in v prihodnje',
  'page.replies.stop.button': 'Ustavi e-poštna sporočila',
  'page.replies.stopped.body': 'O odgovorih v tej razpravi ne boste več prejemali e-poštnih sporočil.',
  'page.replies.stopped.all': 'Na ta naslov ne boste več prejemali e-poštnih sporočil o odgovorih v nobeni razpravi.',
  'page.replies.back': 'Nazaj na razpravo',
  'page.back': 'Nazaj na peticijo',
  'page.home': 'Pojdi na: {agency}',
};

export default messages;
