// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confirme su firma: {title}',
  'mail.confirm.body':
    'Ha pedido firmar la petición «{title}».\n\nPara confirmar su firma, abra este enlace y pulse el botón «Confirmar mi firma»:\n{link}\n\nEl enlace es válido durante {duration}. Su firma solo cuenta una vez confirmada. Si no ha pedido firmar, ignore este mensaje: no se firmará nada.',
  'mail.confirm.withdraw': 'Si cambia de opinión, puede retirar su firma mientras la petición esté abierta:\n{withdrawLink}',
  'mail.already.subject': 'Ya ha firmado: {title}',
  'mail.already.body':
    'Alguien ha intentado firmar la petición «{title}» con esta dirección de correo, que ya la había firmado. Cada dirección puede firmar una sola vez, así que no ha cambiado nada.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirme su firma',
  'page.confirm.intro': 'Ha pedido firmar esta petición. Su firma solo cuenta una vez confirmada.',
  'page.confirm.button': 'Confirmar mi firma',
  'page.confirm.ignore': 'Si no ha pedido firmar, cierre esta página: no se firmará nada.',
  'page.petition': 'Petición: {title}',
  'page.confirmed.title': 'Firma confirmada',
  'page.confirmed.body': 'Gracias. Su firma está confirmada y ya cuenta.',
  'page.already.title': 'Firma ya confirmada',
  'page.already.body': 'Su firma ya estaba confirmada. Cuenta una vez.',
  'page.unknown.title': 'Enlace no reconocido',
  'page.unknown.body':
    'Este enlace de confirmación no es válido. Compruebe que ha abierto el enlace completo de su último correo, o vuelva a firmar la petición.',
  'page.expired.title': 'Enlace caducado',
  'page.expired.body':
    'Los enlaces de confirmación son válidos durante {duration} y este ha caducado. Vuelva a firmar la petición para recibir un enlace nuevo.',
  'page.closed.title': 'Petición cerrada',
  'page.closed.body': 'Esta petición no admite firmas, así que su firma no se ha confirmado.',
  'page.refused.title': 'Confirmación rechazada',
  'page.refused.body': 'Confirme su firma con el botón de la página que abre el enlace de su correo.',
  'page.withdraw.title': 'Retire su firma',
  'page.withdraw.intro':
    'Su firma, su nombre y su dirección de correo se eliminarán de esta petición. Esta acción no se puede deshacer.',
  'page.withdraw.button': 'Retirar mi firma',
  'page.withdraw.ignore': 'Si no quiere retirar su firma, cierre esta página: no cambiará nada.',
  'page.withdrawn.title': 'Firma retirada',
  'page.withdrawn.body': 'Su firma se ha eliminado de la petición, junto con su nombre y su dirección de correo.',
  'page.withdraw.closed': 'Esta petición ya no está abierta, así que las firmas ya no se pueden modificar.',
  'page.confirm.updates': 'Enviarme un correo cuando esta petición alcance un hito, reciba una respuesta o se cierre',
  'mail.update.milestone.subject': 'Firmas: {count} — {title}',
  'mail.update.milestone.body': 'El número de firmas de la petición «{title}», que usted firmó, ha llegado a {count}.',
  'mail.update.response.subject': 'Respuesta a la petición: {title}',
  'mail.update.response.body': '{agency} ha respondido a la petición «{title}», que usted firmó:\n\n{response}',
  'mail.update.closed.subject': 'Petición cerrada: {title}',
  'mail.update.closed.body':
    'La petición «{title}», que usted firmó, se ha cerrado. Número de firmas: {count}. Si se publica una respuesta, la recibirá por correo.',
  'mail.update.stop':
    'Recibe estos mensajes porque los pidió al confirmar su firma. Para dejar de recibirlos, abra este enlace:\n{link}',
  'page.updates.title': 'Deje de recibir mensajes sobre esta petición',
  'page.updates.intro': 'No recibirá más mensajes sobre esta petición. Su firma sigue contando.',
  'page.updates.button': 'Dejar de recibir los mensajes',
  'page.updates.stopped.title': 'Mensajes desactivados',
  'page.updates.stopped.body': 'No recibirá más mensajes sobre esta petición. Su firma sigue contando.',
  'mail.replies.confirm.subject': 'Confirme los mensajes sobre respuestas: {title}',
  'mail.replies.confirm.body':
    'Ha pedido que le avisemos por correo electrónico cuando alguien responda a sus comentarios en el debate «{title}».\n\nPara confirmarlo, abra este enlace y pulse el botón «Confirmar»:\n{link}\n\nEl enlace es válido durante {duration}. Hasta que lo confirme, no le enviaremos nada más. Si no lo ha pedido, ignore este mensaje.',
  'mail.replies.digest.subject': 'Nuevas respuestas a su comentario: {title}',
  'mail.replies.digest.body': 'Hay nuevas respuestas a sus comentarios en el debate «{title}»:',
  'mail.replies.reply': '{name} escribió:',
  'mail.replies.anonymous': 'Anónimo',
  'mail.replies.more': 'Más respuestas nuevas: {count}',
  'mail.replies.read': 'Lea el debate:\n{link}',
  'mail.replies.stop':
    'Recibe estos mensajes, como máximo uno por hora, porque los pidió al publicar un comentario. Para dejar de recibirlos, abra este enlace:\n{link}',
  'page.discussion': 'Debate: {title}',
  'page.replies.confirm.title': 'Confirme los mensajes sobre respuestas',
  'page.replies.confirm.intro':
    'Ha pedido que le avisemos por correo electrónico cuando alguien responda a sus comentarios en este debate. No le enviaremos nada hasta que lo confirme.',
  'page.replies.confirm.button': 'Confirmar',
  'page.replies.confirm.ignore': 'Si no lo ha pedido, cierre esta página: no recibirá mensajes sobre respuestas.',
  'page.replies.confirmed.title': 'Mensajes sobre respuestas confirmados',
  'page.replies.confirmed.body':
    'Cuando alguien responda a sus comentarios en este debate, recibirá un mensaje, como máximo uno por hora. Cada mensaje incluye un enlace para dejar de recibirlos.',
  'page.replies.unknown.body': 'Este enlace no es válido. Compruebe que ha abierto el enlace completo de su último correo.',
  'page.replies.expired.body':
    'Los enlaces de confirmación son válidos durante {duration} y este ha caducado. Vuelva a indicar su correo electrónico la próxima vez que publique un comentario.',
  'page.replies.stop.title': 'Deje de recibir mensajes sobre respuestas',
  'page.replies.stop.intro':
    'No recibirá más mensajes sobre respuestas en este debate. Sus comentarios se mantienen tal como están.',
  'page.replies.stop.all': 'Dejar de recibir también mensajes sobre respuestas en todos los demás debates, ahora y en el futuro',
  'page.replies.stop.button': 'Dejar de recibir los mensajes',
  'page.replies.stopped.body': 'No recibirá más mensajes sobre respuestas en este debate.',
  'page.replies.stopped.all': 'No recibirá más mensajes sobre respuestas en esta dirección, en ningún debate.',
  'page.replies.back': 'Volver al debate',
  'page.back': 'Volver a la petición',
  'page.home': 'Ir a {agency}',
};

export default messages;
