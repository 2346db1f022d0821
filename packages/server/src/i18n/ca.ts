// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confirmeu la vostra signatura: {title}',
  'mail.confirm.body':
    'Heu demanat signar la petició «{title}».\n\nPer confirmar la vostra signatura, obriu aquest enllaç i premeu el botó «Confirma la meva signatura»:\n{link}\n\nL’enllaç és vàlid durant {duration}. La vostra signatura només compta un cop confirmada. Si no heu demanat signar, no feu cas d’aquest missatge: no se signarà res.',
  'mail.confirm.withdraw':
    'Si canvieu d’opinió, podeu retirar la vostra signatura mentre la petició estigui oberta:\n{withdrawLink}',
  'mail.already.subject': 'Ja heu signat: {title}',
  'mail.already.body':
    'Algú ha intentat signar la petició «{title}» amb aquesta adreça electrònica, que ja l’havia signada. Cada adreça només pot signar una vegada, així que no ha canviat res.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirmeu la vostra signatura',
  'page.confirm.intro': 'Heu demanat signar aquesta petició. La vostra signatura només compta quan la confirmeu.',
  'page.confirm.button': 'Confirma la meva signatura',
  'page.confirm.ignore': 'Si no heu demanat signar, tanqueu aquesta pàgina: no se signarà res.',
  'page.petition': 'Petició: {title}',
  'page.confirmed.title': 'Signatura confirmada',
  'page.confirmed.body': 'Gràcies. La vostra signatura s’ha confirmat i ja compta.',
  'page.already.title': 'Signatura ja confirmada',
  'page.already.body': 'La vostra signatura ja estava confirmada. Només compta una vegada.',
  'page.unknown.title': 'Enllaç no reconegut',
  'page.unknown.body':
    'Aquest enllaç de confirmació no és vàlid. Comproveu que heu obert l’enllaç sencer del vostre correu més recent, o torneu a signar la petició.',
  'page.expired.title': 'Enllaç caducat',
  'page.expired.body':
    'Els enllaços de confirmació són vàlids durant {duration}, i aquest ha caducat. Torneu a signar la petició per rebre un enllaç nou.',
  'page.closed.title': 'Petició no oberta',
  'page.closed.body': 'Aquesta petició no accepta signatures, de manera que la vostra signatura no s’ha confirmat.',
  'page.refused.title': 'Confirmació rebutjada',
  'page.refused.body': 'Confirmeu la vostra signatura amb el botó de la pàgina que s’obre des de l’enllaç del vostre correu.',
  'page.withdraw.title': 'Retireu la vostra signatura',
  'page.withdraw.intro':
    'La vostra signatura, el vostre nom i la vostra adreça electrònica se suprimiran d’aquesta petició. Aquesta acció no es pot desfer.',
  'page.withdraw.button': 'Retira la meva signatura',
  'page.withdraw.ignore': 'Si no voleu retirar la vostra signatura, tanqueu aquesta pàgina: no canviarà res.',
  'page.withdrawn.title': 'Signatura retirada',
  'page.withdrawn.body':
    'La vostra signatura s’ha suprimit de la petició, juntament amb el vostre nom i la vostra adreça electrònica.',
  'page.withdraw.closed': 'Aquesta petició ja no està oberta, de manera que les signatures ja no es poden modificar.',
  'page.confirm.updates': 'Envieu-me un correu electrònic quan aquesta petició assoleixi una fita, rebi una resposta o es tanqui',
  'mail.update.milestone.subject': 'Signatures: {count} — {title}',
  'mail.update.milestone.body': 'El nombre de signatures de la petició «{title}», que vau signar, ha arribat a {count}.',
  'mail.update.response.subject': 'Resposta a la petició: {title}',
  'mail.update.response.body': '{agency} ha respost a la petició «{title}», que vau signar:\n\n{response}',
  'mail.update.closed.subject': 'Petició tancada: {title}',
  'mail.update.closed.body':
    'La petició «{title}», que vau signar, s’ha tancat. Nombre de signatures: {count}. Si es publica una resposta, la rebreu per correu electrònic.',
  'mail.update.stop':
    'Rebeu aquests missatges perquè els vau demanar en confirmar la vostra signatura. Per deixar de rebre’ls, obriu aquest enllaç:\n{link}',
  'page.updates.title': 'Atureu els missatges sobre aquesta petició',
  'page.updates.intro': 'Ja no rebreu més missatges sobre aquesta petició. La vostra signatura continua comptant.',
  'page.updates.button': 'Atura els missatges',
  'page.updates.stopped.title': 'Missatges aturats',
  'page.updates.stopped.body': 'Ja no rebreu més missatges sobre aquesta petició. La vostra signatura continua comptant.',
  'mail.replies.confirm.subject': 'Confirmeu els missatges sobre respostes: {title}',
  'mail.replies.confirm.body':
    'Heu demanat que us avisem per correu electrònic quan algú respongui als vostres comentaris al debat «{title}».\n\nPer confirmar-ho, obriu aquest enllaç i premeu el botó «Confirma»:\n{link}\n\nL’enllaç és vàlid durant {duration}. Fins que no ho confirmeu, no us enviarem res més. Si no ho heu demanat, no feu cas d’aquest missatge.',
  'mail.replies.digest.subject': 'Noves respostes al vostre comentari: {title}',
  'mail.replies.digest.body': 'Hi ha noves respostes als vostres comentaris al debat «{title}»:',
  'mail.replies.reply': '{name} ha escrit:',
  'mail.replies.anonymous': 'Anònim',
  'mail.replies.more': 'Més respostes noves: {count}',
  'mail.replies.read': 'Llegiu el debat:\n{link}',
  'mail.replies.stop':
    'Rebeu aquests missatges, com a màxim un per hora, perquè els vau demanar en publicar un comentari. Per deixar de rebre’ls, obriu aquest enllaç:\n{link}',
  'page.discussion': 'Debat: {title}',
  'page.replies.confirm.title': 'Confirmeu els missatges sobre respostes',
  'page.replies.confirm.intro':
    'Heu demanat que us avisem per correu electrònic quan algú respongui als vostres comentaris en aquest debat. No us enviarem res fins que no ho confirmeu.',
  'page.replies.confirm.button': 'Confirma',
  'page.replies.confirm.ignore': 'Si no ho heu demanat, tanqueu aquesta pàgina: no rebreu cap missatge sobre respostes.',
  'page.replies.confirmed.title': 'Missatges sobre respostes confirmats',
  'page.replies.confirmed.body':
    'Quan algú respongui als vostres comentaris en aquest debat, rebreu un missatge, com a màxim un per hora. Cada missatge inclou un enllaç per deixar de rebre’ls.',
  'page.replies.unknown.body': 'Aquest enllaç no és vàlid. Comproveu que heu obert l’enllaç sencer del vostre correu més recent.',
  'page.replies.expired.body':
    'Els enllaços de confirmació són vàlids durant {duration}, i aquest ha caducat. Torneu a indicar la vostra adreça electrònica la pròxima vegada que publiqueu un comentari.',
  'page.replies.stop.title': 'Atureu els missatges sobre respostes',
  'page.replies.stop.intro':
    'Ja no rebreu més missatges sobre respostes en aquest debat. Els vostres comentaris es mantenen tal com són.',
  'page.replies.stop.all': 'Atura també els missatges sobre respostes en tots els altres debats, ara i en el futur',
  'page.replies.stop.button': 'Atura els missatges',
  'page.replies.stopped.body': 'Ja no rebreu més missatges sobre respostes en aquest debat.',
  'page.replies.stopped.all': 'Ja no rebreu més missatges sobre respostes en aquesta adreça, en cap debat.',
  'page.replies.back': 'Torna al debat',
  'page.back': 'Torna a la petició',
  'page.home': 'Ves a {agency}',
};

export default messages;
