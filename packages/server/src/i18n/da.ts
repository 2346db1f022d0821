// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Bekræft din underskrift: {title}',
  'mail.confirm.body':
    'Du har bedt om at skrive under på »{title}«.\n\nFor at bekræfte din underskrift skal du åbne dette link og trykke på knappen »Bekræft min underskrift«:\n{link}\n\nLinket virker i {duration}. Din underskrift tæller først, når den er bekræftet. Hvis du ikke har bedt om at skrive under, kan du se bort fra denne e-mail: der bliver ikke skrevet under på noget.',
  'mail.confirm.withdraw':
    'Hvis du fortryder, kan du trække din underskrift tilbage, så længe underskriftindsamlingen er åben:\n{withdrawLink}',
  'mail.already.subject': 'Du har allerede skrevet under: {title}',
  'mail.already.body':
    'Nogen har forsøgt at skrive under på »{title}« med denne e-mailadresse, som allerede har skrevet under. Hver adresse kan kun skrive under én gang, så intet er ændret.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Bekræft din underskrift',
  'page.confirm.intro':
    'Du har bedt om at skrive under på denne underskriftindsamling. Din underskrift tæller først, når du har bekræftet den.',
  'page.confirm.button': 'Bekræft min underskrift',
  'page.confirm.ignore':
    'Hvis du ikke har bedt om at skrive under, kan du lukke denne side: der bliver ikke skrevet under på noget.',
  'page.petition': 'Underskriftindsamling: {title}',
  'page.confirmed.title': 'Underskriften er bekræftet',
  'page.confirmed.body': 'Tak. Din underskrift er bekræftet og tæller nu med.',
  'page.already.title': 'Underskriften er allerede bekræftet',
  'page.already.body': 'Din underskrift var allerede bekræftet. Den tæller én gang.',
  'page.unknown.title': 'Linket blev ikke genkendt',
  'page.unknown.body':
    'Dette bekræftelseslink er ikke gyldigt. Tjek, at du har åbnet hele linket fra din seneste e-mail, eller skriv under igen.',
  'page.expired.title': 'Linket er udløbet',
  'page.expired.body': 'Bekræftelseslinks virker i {duration}, og dette link er udløbet. Skriv under igen for at få et nyt link.',
  'page.closed.title': 'Underskriftindsamlingen er ikke åben',
  'page.closed.body': 'Der indsamles ikke underskrifter lige nu, så din underskrift blev ikke bekræftet.',
  'page.refused.title': 'Bekræftelsen blev afvist',
  'page.refused.body': 'Bekræft din underskrift med knappen på den side, som linket i din e-mail åbner.',
  'page.withdraw.title': 'Træk din underskrift tilbage',
  'page.withdraw.intro':
    'Din underskrift, dit navn og din e-mailadresse bliver fjernet fra denne underskriftindsamling. Det kan ikke fortrydes.',
  'page.withdraw.button': 'Træk min underskrift tilbage',
  'page.withdraw.ignore':
    'Hvis du ikke vil trække din underskrift tilbage, kan du lukke denne side: der bliver ikke ændret noget.',
  'page.withdrawn.title': 'Underskriften er trukket tilbage',
  'page.withdrawn.body': 'Din underskrift er fjernet fra underskriftindsamlingen sammen med dit navn og din e-mailadresse.',
  'page.withdraw.closed': 'Underskriftindsamlingen er ikke længere åben, så underskrifterne kan ikke længere ændres.',
  'page.confirm.updates': 'Send mig en e-mail, når denne underskriftindsamling når et delmål, får et svar eller lukker',
  'mail.update.milestone.subject': 'Underskrifter: {count} – {title}',
  'mail.update.milestone.body': 'Antallet af underskrifter på »{title}«, som du har skrevet under på, har nået {count}.',
  'mail.update.response.subject': 'Svar på underskriftindsamlingen: {title}',
  'mail.update.response.body': '{agency} har svaret på »{title}«, som du har skrevet under på:\n\n{response}',
  'mail.update.closed.subject': 'Underskriftindsamlingen er lukket: {title}',
  'mail.update.closed.body':
    'Underskriftindsamlingen »{title}«, som du har skrevet under på, er lukket. Antal underskrifter: {count}. Hvis der bliver offentliggjort et svar, får du det på e-mail.',
  'mail.update.stop':
    'Du får disse e-mails, fordi du bad om dem, da du bekræftede din underskrift. Åbn dette link for at stoppe dem:\n{link}',
  'page.updates.title': 'Stop e-mails om denne underskriftindsamling',
  'page.updates.intro': 'Du får ikke flere e-mails om denne underskriftindsamling. Din underskrift tæller stadig med.',
  'page.updates.button': 'Stop e-mailene',
  'page.updates.stopped.title': 'E-mailene er stoppet',
  'page.updates.stopped.body': 'Du får ikke flere e-mails om denne underskriftindsamling. Din underskrift tæller stadig med.',
  'mail.replies.confirm.subject': 'Bekræft e-mails om svar: {title}',
  'mail.replies.confirm.body':
    'Du har bedt om at få besked på e-mail, når nogen svarer på dine kommentarer i debatten »{title}«.\n\nFor at bekræfte skal du åbne dette link og trykke på knappen »Bekræft«:\n{link}\n\nLinket virker i {duration}. Indtil du bekræfter, sender vi ikke andet til dig. Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail.',
  'mail.replies.digest.subject': 'Nye svar på din kommentar: {title}',
  'mail.replies.digest.body': 'Der er nye svar på dine kommentarer i debatten »{title}«:',
  'mail.replies.reply': '{name} skrev:',
  'mail.replies.anonymous': 'Anonym',
  'mail.replies.more': 'Flere nye svar: {count}',
  'mail.replies.read': 'Læs debatten:\n{link}',
  'mail.replies.stop':
    'Du får disse e-mails, højst én i timen, fordi du bad om dem, da du skrev en kommentar. Åbn dette link for at stoppe dem:\n{link}',
  'page.discussion': 'Debat: {title}',
  'page.replies.confirm.title': 'Bekræft e-mails om svar',
  'page.replies.confirm.intro':
    'Du har bedt om at få besked på e-mail, når nogen svarer på dine kommentarer i denne debat. Vi sender ikke noget, før du bekræfter.',
  'page.replies.confirm.button': 'Bekræft',
  'page.replies.confirm.ignore': 'Hvis du ikke har bedt om dette, kan du lukke denne side: du får ingen e-mails om svar.',
  'page.replies.confirmed.title': 'E-mails om svar er bekræftet',
  'page.replies.confirmed.body':
    'Når nogen svarer på dine kommentarer i denne debat, får du en e-mail, højst én i timen. Hver e-mail indeholder et link, så du kan stoppe dem.',
  'page.replies.unknown.body': 'Dette link er ikke gyldigt. Tjek, at du har åbnet hele linket fra din seneste e-mail.',
  'page.replies.expired.body':
    'Bekræftelseslinks virker i {duration}, og dette link er udløbet. Skriv din e-mailadresse igen, næste gang du skriver en kommentar.',
  'page.replies.stop.title': 'Stop e-mails om svar',
  'page.replies.stop.intro': 'Du får ikke flere e-mails om svar i denne debat. Dine kommentarer forbliver, som de er.',
  'page.replies.stop.all': 'Stop også e-mails om svar i alle andre debatter, nu og fremover',
  'page.replies.stop.button': 'Stop e-mailene',
  'page.replies.stopped.body': 'Du får ikke flere e-mails om svar i denne debat.',
  'page.replies.stopped.all': 'Du får ikke flere e-mails om svar på denne adresse, uanset hvilken debat det gælder.',
  'page.replies.back': 'Tilbage til debatten',
  'page.back': 'Tilbage til underskriftindsamlingen',
  'page.home': 'Gå til {agency}',
};

export default messages;
