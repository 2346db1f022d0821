// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Kinnitage oma allkiri: {title}',
  'mail.confirm.body':
    'Soovisite allkirjastada petitsiooni „{title}“.\n\nAllkirja kinnitamiseks avage see link ja vajutage nuppu „Kinnita minu allkiri“:\n{link}\n\nLink kehtib {duration}. Teie allkiri läheb arvesse alles pärast kinnitamist. Kui te ei soovinud allkirjastada, jätke see e-kiri tähelepanuta: midagi ei allkirjastata.',
  'mail.confirm.withdraw':
    'Kui te meelt muudate, saate oma allkirja tagasi võtta seni, kuni petitsioon on avatud:\n{withdrawLink}',
  'mail.already.subject': 'Olete juba allkirjastanud: {title}',
  'mail.already.body':
    'Keegi püüdis allkirjastada petitsiooni „{title}“ selle e-posti aadressiga, millega petitsioon on juba allkirjastatud. Iga aadressiga saab allkirjastada ainult ühe korra, seega midagi ei muutunud.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Kinnitage oma allkiri',
  'page.confirm.intro':
    'Soovisite seda petitsiooni allkirjastada. Teie allkiri läheb arvesse alles siis, kui olete selle kinnitanud.',
  'page.confirm.button': 'Kinnita minu allkiri',
  'page.confirm.ignore': 'Kui te ei soovinud allkirjastada, sulgege see leht: midagi ei allkirjastata.',
  'page.petition': 'Petitsioon: {title}',
  'page.confirmed.title': 'Allkiri on kinnitatud',
  'page.confirmed.body': 'Aitäh! Teie allkiri on kinnitatud ja läheb nüüd arvesse.',
  'page.already.title': 'Allkiri on juba kinnitatud',
  'page.already.body': 'Teie allkiri oli juba kinnitatud. See läheb arvesse ühe korra.',
  'page.unknown.title': 'Linki ei tuvastatud',
  'page.unknown.body':
    'See kinnituslink ei kehti. Kontrollige, kas avasite kogu lingi oma viimasest e-kirjast, või allkirjastage petitsioon uuesti.',
  'page.expired.title': 'Link on aegunud',
  'page.expired.body':
    'Kinnituslingid kehtivad {duration} ja see link on aegunud. Uue lingi saamiseks allkirjastage petitsioon uuesti.',
  'page.closed.title': 'Petitsioon ei ole avatud',
  'page.closed.body': 'Sellele petitsioonile ei saa praegu allkirju anda, seega teie allkirja ei kinnitatud.',
  'page.refused.title': 'Kinnitus lükati tagasi',
  'page.refused.body': 'Kinnitage oma allkiri nupuga lehel, mis avaneb teie e-kirjas oleva lingi kaudu.',
  'page.withdraw.title': 'Võtke oma allkiri tagasi',
  'page.withdraw.intro':
    'Teie allkiri, nimi ja e-posti aadress eemaldatakse sellest petitsioonist. Seda ei saa hiljem tagasi pöörata.',
  'page.withdraw.button': 'Võta minu allkiri tagasi',
  'page.withdraw.ignore': 'Kui te ei soovi oma allkirja tagasi võtta, sulgege see leht: midagi ei muutu.',
  'page.withdrawn.title': 'Allkiri on tagasi võetud',
  'page.withdrawn.body': 'Teie allkiri on petitsioonist eemaldatud koos teie nime ja e-posti aadressiga.',
  'page.withdraw.closed': 'See petitsioon ei ole enam avatud, seega selle allkirju ei saa enam muuta.',
  'page.confirm.updates': 'Saatke mulle e-kiri, kui see petitsioon jõuab vahe-eesmärgini, saab vastuse või suletakse',
  'mail.update.milestone.subject': 'Allkirjad: {count} – {title}',
  'mail.update.milestone.body': 'Teie allkirjastatud petitsioon „{title}“ on jõudnud vahe-eesmärgini. Allkirju: {count}.',
  'mail.update.response.subject': 'Vastus petitsioonile: {title}',
  'mail.update.response.body': '{agency} on vastanud petitsioonile „{title}“, mille te allkirjastasite:\n\n{response}',
  'mail.update.closed.subject': 'Petitsioon on suletud: {title}',
  'mail.update.closed.body':
    'Petitsioon „{title}“, mille te allkirjastasite, on suletud. Allkirju: {count}. Kui vastus avaldatakse, saate selle e-kirjaga.',
  'mail.update.stop':
    'Saate neid e-kirju, sest soovisite neid oma allkirja kinnitamisel. Nende peatamiseks avage see link:\n{link}',
  'page.updates.title': 'Loobuge selle petitsiooni e-kirjadest',
  'page.updates.intro': 'Te ei saa selle petitsiooni kohta enam e-kirju. Teie allkiri läheb endiselt arvesse.',
  'page.updates.button': 'Loobu e-kirjadest',
  'page.updates.stopped.title': 'E-kirjad on peatatud',
  'page.updates.stopped.body': 'Te ei saa selle petitsiooni kohta enam e-kirju. Teie allkiri läheb endiselt arvesse.',
  'mail.replies.confirm.subject': 'Kinnitage vastuste kohta e-kirjade saamine: {title}',
  'mail.replies.confirm.body':
    'Soovisite saada e-kirja, kui keegi vastab teie kommentaaridele arutelus „{title}“.\n\nKinnitamiseks avage see link ja vajutage nuppu „Kinnita“:\n{link}\n\nLink kehtib {duration}. Kuni te pole kinnitanud, ei saada me teile midagi muud. Kui te seda ei soovinud, jätke see e-kiri tähelepanuta.',
  'mail.replies.digest.subject': 'Uued vastused teie kommentaarile: {title}',
  'mail.replies.digest.body': 'Teie kommentaaridele arutelus „{title}“ on uusi vastuseid:',
  'mail.replies.reply': '{name} kirjutas:',
  'mail.replies.anonymous': 'Anonüümne',
  'mail.replies.more': 'Veel uusi vastuseid: {count}',
  'mail.replies.read': 'Lugege arutelu:\n{link}',
  'mail.replies.stop':
    'Saate neid e-kirju (kõige rohkem ühe tunnis), sest soovisite neid kommentaari avaldamisel. Nende peatamiseks avage see link:\n{link}',
  'page.discussion': 'Arutelu: {title}',
  'page.replies.confirm.title': 'Kinnitage vastuste kohta e-kirjade saamine',
  'page.replies.confirm.intro':
    'Soovisite saada e-kirja, kui keegi vastab teie kommentaaridele selles arutelus. Me ei saada midagi enne, kui olete kinnitanud.',
  'page.replies.confirm.button': 'Kinnita',
  'page.replies.confirm.ignore': 'Kui te seda ei soovinud, sulgege see leht: te ei saa vastuste kohta e-kirju.',
  'page.replies.confirmed.title': 'Vastuste kohta e-kirjade saamine on kinnitatud',
  'page.replies.confirmed.body':
    'Kui keegi vastab teie kommentaaridele selles arutelus, saate e-kirja, kõige rohkem ühe tunnis. Igas e-kirjas on link, millega saate neist loobuda.',
  'page.replies.unknown.body': 'See link ei kehti. Kontrollige, kas avasite kogu lingi oma viimasest e-kirjast.',
  'page.replies.expired.body':
    'Kinnituslingid kehtivad {duration} ja see link on aegunud. Sisestage oma e-posti aadress uuesti, kui järgmine kord kommentaari avaldate.',
  'page.replies.stop.title': 'Loobuge vastuste kohta e-kirjadest',
  'page.replies.stop.intro': 'Te ei saa selle arutelu vastuste kohta enam e-kirju. Teie kommentaarid jäävad muutmata.',
  'page.replies.stop.all': 'Loobuge vastuste kohta e-kirjadest ka kõigis teistes aruteludes, nii praegu kui ka edaspidi',
  'page.replies.stop.button': 'Loobu e-kirjadest',
  'page.replies.stopped.body': 'Te ei saa selle arutelu vastuste kohta enam e-kirju.',
  'page.replies.stopped.all': 'Te ei saa sellele aadressile enam ühegi arutelu vastuste kohta e-kirju.',
  'page.replies.back': 'Tagasi arutelu juurde',
  'page.back': 'Tagasi petitsiooni juurde',
  'page.home': 'Mine veebilehele: {agency}',
};

export default messages;
