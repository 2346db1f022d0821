// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Bevestig uw handtekening: {title}',
  'mail.confirm.body':
    'U wilt de petitie ‘{title}’ tekenen.\n\nOm uw handtekening te bevestigen, opent u deze link en klikt u op de knop ‘Mijn handtekening bevestigen’:\n{link}\n\nDe link werkt {duration}. Uw handtekening telt pas mee als die bevestigd is. Hebt u niet gevraagd om te tekenen? Negeer dan deze e-mail: er wordt niets getekend.',
  'mail.confirm.withdraw': 'Bedenkt u zich? Dan kunt u uw handtekening intrekken zolang de petitie open is:\n{withdrawLink}',
  'mail.already.subject': 'U hebt al getekend: {title}',
  'mail.already.body':
    'Iemand probeerde de petitie ‘{title}’ te tekenen met dit e-mailadres. Met dit adres is de petitie al getekend. Elk adres kan maar één keer tekenen, dus er is niets veranderd.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Bevestig uw handtekening',
  'page.confirm.intro': 'U wilt deze petitie tekenen. Uw handtekening telt pas mee als u die bevestigt.',
  'page.confirm.button': 'Mijn handtekening bevestigen',
  'page.confirm.ignore': 'Hebt u niet gevraagd om te tekenen? Sluit dan deze pagina: er wordt niets getekend.',
  'page.petition': 'Petitie: {title}',
  'page.confirmed.title': 'Handtekening bevestigd',
  'page.confirmed.body': 'Bedankt. Uw handtekening is bevestigd en telt nu mee.',
  'page.already.title': 'Handtekening al bevestigd',
  'page.already.body': 'Uw handtekening was al bevestigd. Die telt één keer mee.',
  'page.unknown.title': 'Link niet herkend',
  'page.unknown.body':
    'Deze bevestigingslink is niet geldig. Controleer of u de hele link uit uw laatste e-mail hebt geopend, of teken de petitie opnieuw.',
  'page.expired.title': 'Link verlopen',
  'page.expired.body':
    'Bevestigingslinks werken {duration}, en deze link is verlopen. Teken de petitie opnieuw om een nieuwe link te krijgen.',
  'page.closed.title': 'Petitie niet open',
  'page.closed.body': 'Deze petitie neemt geen handtekeningen aan. Daarom is uw handtekening niet bevestigd.',
  'page.refused.title': 'Bevestiging geweigerd',
  'page.refused.body': 'Bevestig uw handtekening met de knop op de pagina die opent via de link in uw e-mail.',
  'page.withdraw.title': 'Trek uw handtekening in',
  'page.withdraw.intro':
    'Uw handtekening, uw naam en uw e-mailadres worden uit deze petitie verwijderd. Dit kan niet ongedaan worden gemaakt.',
  'page.withdraw.button': 'Mijn handtekening intrekken',
  'page.withdraw.ignore': 'Wilt u uw handtekening niet intrekken? Sluit dan deze pagina: er verandert niets.',
  'page.withdrawn.title': 'Handtekening ingetrokken',
  'page.withdrawn.body': 'Uw handtekening is uit de petitie verwijderd, samen met uw naam en e-mailadres.',
  'page.withdraw.closed': 'Deze petitie is niet meer open. Daarom kunnen de handtekeningen niet meer worden gewijzigd.',
  'page.confirm.updates': 'Stuur mij een e-mail als deze petitie een tussendoel haalt, een reactie krijgt of sluit',
  'mail.update.milestone.subject': 'Handtekeningen: {count} – {title}',
  'mail.update.milestone.body':
    'De petitie ‘{title}’, die u hebt getekend, heeft een tussendoel gehaald. Aantal handtekeningen: {count}.',
  'mail.update.response.subject': 'Reactie op de petitie: {title}',
  'mail.update.response.body': '{agency} heeft gereageerd op de petitie ‘{title}’, die u hebt getekend:\n\n{response}',
  'mail.update.closed.subject': 'Petitie gesloten: {title}',
  'mail.update.closed.body':
    'De petitie ‘{title}’, die u hebt getekend, is gesloten. Aantal handtekeningen: {count}. Als er een reactie wordt gepubliceerd, ontvangt u die per e-mail.',
  'mail.update.stop':
    'U ontvangt deze e-mails omdat u erom hebt gevraagd toen u uw handtekening bevestigde. Om ze te stoppen, opent u deze link:\n{link}',
  'page.updates.title': 'Stop e-mails over deze petitie',
  'page.updates.intro': 'U ontvangt geen e-mails meer over deze petitie. Uw handtekening telt nog steeds mee.',
  'page.updates.button': 'E-mails stoppen',
  'page.updates.stopped.title': 'E-mails gestopt',
  'page.updates.stopped.body': 'U ontvangt geen e-mails meer over deze petitie. Uw handtekening telt nog steeds mee.',
  'mail.replies.confirm.subject': 'Bevestig e-mails over antwoorden: {title}',
  'mail.replies.confirm.body':
    'U hebt gevraagd om een e-mail te krijgen als iemand antwoordt op uw reacties in de discussie ‘{title}’.\n\nOm dit te bevestigen, opent u deze link en klikt u op de knop ‘Bevestigen’:\n{link}\n\nDe link werkt {duration}. Zolang u niet hebt bevestigd, sturen we u verder niets. Hebt u hier niet om gevraagd? Negeer dan deze e-mail.',
  'mail.replies.digest.subject': 'Nieuwe antwoorden op uw reactie: {title}',
  'mail.replies.digest.body': 'Er zijn nieuwe antwoorden op uw reacties in de discussie ‘{title}’:',
  'mail.replies.reply': '{name} schreef:',
  'mail.replies.anonymous': 'Anoniem',
  'mail.replies.more': 'Meer nieuwe antwoorden: {count}',
  'mail.replies.read': 'Lees de discussie:\n{link}',
  'mail.replies.stop':
    'U ontvangt deze e-mails, hoogstens één per uur, omdat u erom hebt gevraagd toen u een reactie plaatste. Om ze te stoppen, opent u deze link:\n{link}',
  'page.discussion': 'Discussie: {title}',
  'page.replies.confirm.title': 'Bevestig e-mails over antwoorden',
  'page.replies.confirm.intro':
    'U hebt gevraagd om een e-mail te krijgen als iemand antwoordt op uw reacties in deze discussie. We sturen niets tot u dit bevestigt.',
  'page.replies.confirm.button': 'Bevestigen',
  'page.replies.confirm.ignore': 'Hebt u hier niet om gevraagd? Sluit dan deze pagina: u krijgt geen e-mails over antwoorden.',
  'page.replies.confirmed.title': 'E-mails over antwoorden bevestigd',
  'page.replies.confirmed.body':
    'Als iemand antwoordt op uw reacties in deze discussie, krijgt u een e-mail, hoogstens één per uur. In elke e-mail staat een link om ze te stoppen.',
  'page.replies.unknown.body': 'Deze link is niet geldig. Controleer of u de hele link uit uw laatste e-mail hebt geopend.',
  'page.replies.expired.body':
    'Bevestigingslinks werken {duration}, en deze link is verlopen. Vul uw e-mailadres opnieuw in als u weer een reactie plaatst.',
  'page.replies.stop.title': 'Stop e-mails over antwoorden',
  'page.replies.stop.intro': 'U ontvangt geen e-mails meer over antwoorden in deze discussie. Uw reacties blijven zoals ze zijn.',
  'page.replies.stop.all': 'Ook e-mails over antwoorden in alle andere discussies stoppen, nu en in de toekomst',
  'page.replies.stop.button': 'E-mails stoppen',
  'page.replies.stopped.body': 'U ontvangt geen e-mails meer over antwoorden in deze discussie.',
  'page.replies.stopped.all': 'U ontvangt op dit adres geen e-mails meer over antwoorden, in geen enkele discussie.',
  'page.replies.back': 'Terug naar de discussie',
  'page.back': 'Terug naar de petitie',
  'page.home': 'Naar {agency}',
};

export default messages;
