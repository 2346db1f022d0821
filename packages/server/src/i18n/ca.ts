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
  'page.back': 'Torna a la petició',
  'page.home': 'Ves a {agency}',
};

export default messages;
