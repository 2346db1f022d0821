// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confermi la Sua firma: {title}',
  'mail.confirm.body':
    'Ha chiesto di firmare la petizione «{title}».\n\nPer confermare la Sua firma, apra questo link e prema il pulsante «Conferma la mia firma»:\n{link}\n\nIl link è valido per {duration}. La Sua firma vale solo dopo la conferma. Se non ha chiesto di firmare, ignori questa email: non verrà firmato nulla.',
  'mail.confirm.withdraw': 'Se cambia idea, può ritirare la Sua firma finché la petizione è aperta:\n{withdrawLink}',
  'mail.already.subject': 'Ha già firmato: {title}',
  'mail.already.body':
    'Qualcuno ha provato a firmare la petizione «{title}» con questo indirizzo email, che l’aveva già firmata. Ogni indirizzo può firmare una sola volta, quindi non è cambiato nulla.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confermi la Sua firma',
  'page.confirm.intro': 'Ha chiesto di firmare questa petizione. La Sua firma vale solo dopo che l’avrà confermata.',
  'page.confirm.button': 'Conferma la mia firma',
  'page.confirm.ignore': 'Se non ha chiesto di firmare, chiuda questa pagina: non verrà firmato nulla.',
  'page.petition': 'Petizione: {title}',
  'page.confirmed.title': 'Firma confermata',
  'page.confirmed.body': 'Grazie. La Sua firma è stata confermata ed è ora valida.',
  'page.already.title': 'Firma già confermata',
  'page.already.body': 'La Sua firma era già stata confermata. Viene contata una sola volta.',
  'page.unknown.title': 'Link non riconosciuto',
  'page.unknown.body':
    'Questo link di conferma non è valido. Verifichi di aver aperto il link completo contenuto nella Sua email più recente, oppure firmi di nuovo la petizione.',
  'page.expired.title': 'Link scaduto',
  'page.expired.body':
    'I link di conferma sono validi per {duration} e questo è scaduto. Firmi di nuovo la petizione per ricevere un nuovo link.',
  'page.closed.title': 'Petizione non aperta',
  'page.closed.body': 'Questa petizione non accetta firme, quindi la Sua firma non è stata confermata.',
  'page.refused.title': 'Conferma rifiutata',
  'page.refused.body': 'Confermi la Sua firma con il pulsante della pagina che si apre dal link nella Sua email.',
  'page.withdraw.title': 'Ritiri la Sua firma',
  'page.withdraw.intro':
    'La Sua firma, il Suo nome e il Suo indirizzo email verranno rimossi da questa petizione. L’operazione non può essere annullata.',
  'page.withdraw.button': 'Ritira la mia firma',
  'page.withdraw.ignore': 'Se non vuole ritirare la Sua firma, chiuda questa pagina: non cambierà nulla.',
  'page.withdrawn.title': 'Firma ritirata',
  'page.withdrawn.body': 'La Sua firma è stata rimossa dalla petizione, insieme al Suo nome e al Suo indirizzo email.',
  'page.withdraw.closed': 'Questa petizione non è più aperta, quindi le firme non possono più essere modificate.',
  'page.confirm.updates':
    'Desidero ricevere un’email quando questa petizione raggiunge un traguardo, riceve una risposta o viene chiusa',
  'mail.update.milestone.subject': 'Firme: {count} — {title}',
  'mail.update.milestone.body': 'La petizione «{title}» che ha firmato ha raggiunto un traguardo. Firme: {count}.',
  'mail.update.response.subject': 'Risposta alla petizione: {title}',
  'mail.update.response.body': '{agency} ha risposto alla petizione «{title}» che ha firmato:\n\n{response}',
  'mail.update.closed.subject': 'Petizione chiusa: {title}',
  'mail.update.closed.body':
    'La petizione «{title}» che ha firmato è stata chiusa. Firme raccolte: {count}. Se verrà pubblicata una risposta, la riceverà via email.',
  'mail.update.stop':
    'Riceve queste email perché le ha richieste quando ha confermato la Sua firma. Per interromperle, apra questo link:\n{link}',
  'page.updates.title': 'Interrompa le email su questa petizione',
  'page.updates.intro': 'Non riceverà più email su questa petizione. La Sua firma continua a valere.',
  'page.updates.button': 'Interrompi le email',
  'page.updates.stopped.title': 'Email interrotte',
  'page.updates.stopped.body': 'Non riceverà più email su questa petizione. La Sua firma continua a valere.',
  'mail.replies.confirm.subject': 'Confermi le email sulle risposte: {title}',
  'mail.replies.confirm.body':
    'Ha chiesto di ricevere un’email quando qualcuno risponde ai Suoi commenti nella discussione «{title}».\n\nPer confermare, apra questo link e prema il pulsante «Conferma»:\n{link}\n\nIl link è valido per {duration}. Finché non conferma, non Le invieremo nient’altro. Se non ha fatto questa richiesta, ignori questa email.',
  'mail.replies.digest.subject': 'Nuove risposte al Suo commento: {title}',
  'mail.replies.digest.body': 'Ci sono nuove risposte ai Suoi commenti nella discussione «{title}»:',
  'mail.replies.reply': '{name} ha scritto:',
  'mail.replies.anonymous': 'Anonimo',
  'mail.replies.more': 'Altre nuove risposte: {count}',
  'mail.replies.read': 'Legga la discussione:\n{link}',
  'mail.replies.stop':
    'Riceve queste email, al massimo una all’ora, perché le ha richieste quando ha pubblicato un commento. Per interromperle, apra questo link:\n{link}',
  'page.discussion': 'Discussione: {title}',
  'page.replies.confirm.title': 'Confermi le email sulle risposte',
  'page.replies.confirm.intro':
    'Ha chiesto di ricevere un’email quando qualcuno risponde ai Suoi commenti in questa discussione. Non invieremo nulla finché non avrà confermato.',
  'page.replies.confirm.button': 'Conferma',
  'page.replies.confirm.ignore': 'Se non ha fatto questa richiesta, chiuda questa pagina: non riceverà email sulle risposte.',
  'page.replies.confirmed.title': 'Email sulle risposte confermate',
  'page.replies.confirmed.body':
    'Quando qualcuno risponderà ai Suoi commenti in questa discussione, riceverà un’email, al massimo una all’ora. Ogni email contiene un link per interromperle.',
  'page.replies.unknown.body':
    'Questo link non è valido. Verifichi di aver aperto il link completo contenuto nella Sua email più recente.',
  'page.replies.expired.body':
    'I link di conferma sono validi per {duration} e questo è scaduto. Indichi di nuovo il Suo indirizzo email la prossima volta che pubblica un commento.',
  'page.replies.stop.title': 'Interrompa le email sulle risposte',
  'page.replies.stop.intro': 'Non riceverà più email sulle risposte in questa discussione. I Suoi commenti restano invariati.',
  'page.replies.stop.all': 'Interrompi anche le email sulle risposte in tutte le altre discussioni, ora e in futuro',
  'page.replies.stop.button': 'Interrompi le email',
  'page.replies.stopped.body': 'Non riceverà più email sulle risposte in questa discussione.',
  'page.replies.stopped.all': 'Non riceverà più email sulle risposte a questo indirizzo, in nessuna discussione.',
  'page.replies.back': 'Torna alla discussione',
  'page.back': 'Torna alla petizione',
  'page.home': 'Vai a {agency}',
};

export default messages;
