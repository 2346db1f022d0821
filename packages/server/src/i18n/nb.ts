// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Bekreft underskriften din: {title}',
  'mail.confirm.body':
    'Du har bedt om å skrive under på oppropet «{title}».\n\nFor å bekrefte underskriften din åpner du denne lenken og trykker på knappen «Bekreft underskriften min»:\n{link}\n\nLenken virker i {duration}. Underskriften din teller først når den er bekreftet. Hvis du ikke har bedt om å skrive under, kan du se bort fra denne e-posten: ingenting blir skrevet under.',
  'mail.confirm.withdraw':
    'Hvis du ombestemmer deg, kan du trekke tilbake underskriften din så lenge oppropet er åpent:\n{withdrawLink}',
  'mail.already.subject': 'Du har allerede skrevet under: {title}',
  'mail.already.body':
    'Noen prøvde å skrive under på oppropet «{title}» med denne e-postadressen, som allerede har skrevet under. Hver adresse kan bare skrive under én gang, så ingenting er endret.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Bekreft underskriften din',
  'page.confirm.intro':
    'Du har bedt om å skrive under på dette oppropet. Underskriften din teller først når du har bekreftet den.',
  'page.confirm.button': 'Bekreft underskriften min',
  'page.confirm.ignore': 'Hvis du ikke har bedt om å skrive under, kan du lukke denne siden: ingenting blir skrevet under.',
  'page.petition': 'Opprop: {title}',
  'page.confirmed.title': 'Underskriften er bekreftet',
  'page.confirmed.body': 'Takk. Underskriften din er bekreftet og teller nå.',
  'page.already.title': 'Underskriften er allerede bekreftet',
  'page.already.body': 'Underskriften din var allerede bekreftet. Den teller én gang.',
  'page.unknown.title': 'Lenken ble ikke gjenkjent',
  'page.unknown.body':
    'Denne bekreftelseslenken er ikke gyldig. Sjekk at du har åpnet hele lenken fra den nyeste e-posten din, eller skriv under på oppropet på nytt.',
  'page.expired.title': 'Lenken er utløpt',
  'page.expired.body':
    'Bekreftelseslenker virker i {duration}, og denne lenken er utløpt. Skriv under på oppropet på nytt for å få en ny lenke.',
  'page.closed.title': 'Oppropet er ikke åpent',
  'page.closed.body': 'Dette oppropet tar ikke imot underskrifter, så underskriften din ble ikke bekreftet.',
  'page.refused.title': 'Bekreftelsen ble avvist',
  'page.refused.body': 'Bekreft underskriften din med knappen på siden som åpnes når du trykker på lenken i e-posten din.',
  'page.withdraw.title': 'Trekk tilbake underskriften din',
  'page.withdraw.intro':
    'Underskriften din, navnet ditt og e-postadressen din blir fjernet fra dette oppropet. Dette kan ikke angres.',
  'page.withdraw.button': 'Trekk tilbake underskriften min',
  'page.withdraw.ignore': 'Hvis du ikke vil trekke tilbake underskriften din, kan du lukke denne siden: ingenting blir endret.',
  'page.withdrawn.title': 'Underskriften er trukket tilbake',
  'page.withdrawn.body': 'Underskriften din er fjernet fra oppropet, sammen med navnet ditt og e-postadressen din.',
  'page.withdraw.closed': 'Oppropet er ikke lenger åpent, så underskriftene kan ikke lenger endres.',
  'page.confirm.updates': 'Send meg en e-post når dette oppropet når et delmål, får et svar eller avsluttes',
  'mail.update.milestone.subject': 'Underskrifter: {count} – {title}',
  'mail.update.milestone.body': 'Antallet underskrifter på oppropet «{title}», som du har skrevet under på, har nådd {count}.',
  'mail.update.response.subject': 'Svar på oppropet: {title}',
  'mail.update.response.body': '{agency} har svart på oppropet «{title}», som du har skrevet under på:\n\n{response}',
  'mail.update.closed.subject': 'Oppropet er avsluttet: {title}',
  'mail.update.closed.body':
    'Oppropet «{title}», som du har skrevet under på, er avsluttet. Antall underskrifter: {count}. Hvis et svar blir publisert, får du det på e-post.',
  'mail.update.stop':
    'Du får disse e-postene fordi du ba om dem da du bekreftet underskriften din. Åpne denne lenken for å stoppe dem:\n{link}',
  'page.updates.title': 'Stopp e-poster om dette oppropet',
  'page.updates.intro': 'Du får ikke flere e-poster om dette oppropet. Underskriften din teller fortsatt.',
  'page.updates.button': 'Stopp e-postene',
  'page.updates.stopped.title': 'E-postene er stoppet',
  'page.updates.stopped.body': 'Du får ikke flere e-poster om dette oppropet. Underskriften din teller fortsatt.',
  'mail.replies.confirm.subject': 'Bekreft e-post om svar: {title}',
  'mail.replies.confirm.body':
    'Du har bedt om å få beskjed på e-post når noen svarer på kommentarene dine i diskusjonen «{title}».\n\nFor å bekrefte åpner du denne lenken og trykker på knappen «Bekreft»:\n{link}\n\nLenken virker i {duration}. Før du har bekreftet, sender vi deg ikke noe mer. Hvis du ikke har bedt om dette, kan du se bort fra denne e-posten.',
  'mail.replies.digest.subject': 'Nye svar på kommentaren din: {title}',
  'mail.replies.digest.body': 'Det har kommet nye svar på kommentarene dine i diskusjonen «{title}»:',
  'mail.replies.reply': '{name} skrev:',
  'mail.replies.anonymous': 'Anonym',
  'mail.replies.more': 'Flere nye svar: {count}',
  'mail.replies.read': 'Les diskusjonen:\n{link}',
  'mail.replies.stop':
    'Du får disse e-postene, høyst én i timen, fordi du ba om dem da du skrev en kommentar. Åpne denne lenken for å stoppe dem:\n{link}',
  'page.discussion': 'Diskusjon: {title}',
  'page.replies.confirm.title': 'Bekreft e-post om svar',
  'page.replies.confirm.intro':
    'Du har bedt om å få beskjed på e-post når noen svarer på kommentarene dine i denne diskusjonen. Vi sender ingenting før du har bekreftet.',
  'page.replies.confirm.button': 'Bekreft',
  'page.replies.confirm.ignore': 'Hvis du ikke har bedt om dette, kan du lukke denne siden: du får ingen e-post om svar.',
  'page.replies.confirmed.title': 'E-post om svar er bekreftet',
  'page.replies.confirmed.body':
    'Når noen svarer på kommentarene dine i denne diskusjonen, får du en e-post, høyst én i timen. Hver e-post har en lenke du kan bruke for å stoppe dem.',
  'page.replies.unknown.body': 'Denne lenken er ikke gyldig. Sjekk at du har åpnet hele lenken fra den nyeste e-posten din.',
  'page.replies.expired.body':
    'Bekreftelseslenker virker i {duration}, og denne lenken er utløpt. Oppgi e-postadressen din på nytt neste gang du skriver en kommentar.',
  'page.replies.stop.title': 'Stopp e-post om svar',
  'page.replies.stop.intro': 'Du får ikke flere e-poster om svar i denne diskusjonen. Kommentarene dine blir stående som de er.',
  'page.replies.stop.all': 'Stopp også e-post om svar i alle andre diskusjoner, nå og i fremtiden',
  'page.replies.stop.button': 'Stopp e-postene',
  'page.replies.stopped.body': 'Du får ikke flere e-poster om svar i denne diskusjonen.',
  'page.replies.stopped.all': 'Du får ikke flere e-poster om svar til denne adressen, i noen diskusjon.',
  'page.replies.back': 'Tilbake til diskusjonen',
  'page.back': 'Tilbake til oppropet',
  'page.home': 'Gå til {agency}',
};

export default messages;
