// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confirme sua assinatura: {title}',
  'mail.confirm.body':
    'Você pediu para assinar o abaixo-assinado “{title}”.\n\nPara confirmar sua assinatura, abra este link e clique no botão “Confirmar minha assinatura”:\n{link}\n\nO link vale por {duration}. Sua assinatura só conta depois de confirmada. Se você não pediu para assinar, ignore este e-mail: nada será assinado.',
  'mail.confirm.withdraw':
    'Se mudar de ideia, você pode retirar sua assinatura enquanto o abaixo-assinado estiver aberto:\n{withdrawLink}',
  'mail.already.subject': 'Você já assinou: {title}',
  'mail.already.body':
    'Alguém tentou assinar o abaixo-assinado “{title}” com este endereço de e-mail, que já tinha assinado. Cada endereço pode assinar uma única vez, então nada mudou.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirme sua assinatura',
  'page.confirm.intro': 'Você pediu para assinar este abaixo-assinado. Sua assinatura só conta depois que você a confirmar.',
  'page.confirm.button': 'Confirmar minha assinatura',
  'page.confirm.ignore': 'Se você não pediu para assinar, feche esta página: nada será assinado.',
  'page.petition': 'Abaixo-assinado: {title}',
  'page.confirmed.title': 'Assinatura confirmada',
  'page.confirmed.body': 'Obrigado. Sua assinatura foi confirmada e já está valendo.',
  'page.already.title': 'Assinatura já confirmada',
  'page.already.body': 'Sua assinatura já estava confirmada. Ela conta uma única vez.',
  'page.unknown.title': 'Link não reconhecido',
  'page.unknown.body':
    'Este link de confirmação não é válido. Verifique se você abriu o link completo do seu e-mail mais recente ou assine o abaixo-assinado de novo.',
  'page.expired.title': 'Link expirado',
  'page.expired.body':
    'Os links de confirmação valem por {duration}, e este expirou. Assine o abaixo-assinado de novo para receber um novo link.',
  'page.closed.title': 'Abaixo-assinado fechado',
  'page.closed.body': 'Este abaixo-assinado não está recebendo assinaturas, por isso sua assinatura não foi confirmada.',
  'page.refused.title': 'Confirmação recusada',
  'page.refused.body': 'Confirme sua assinatura pelo botão da página que o link do seu e-mail abre.',
  'page.withdraw.title': 'Retire sua assinatura',
  'page.withdraw.intro':
    'Sua assinatura, seu nome e seu endereço de e-mail serão removidos deste abaixo-assinado. Isso não pode ser desfeito.',
  'page.withdraw.button': 'Retirar minha assinatura',
  'page.withdraw.ignore': 'Se você não quiser retirar sua assinatura, feche esta página: nada será alterado.',
  'page.withdrawn.title': 'Assinatura retirada',
  'page.withdrawn.body': 'Sua assinatura foi removida do abaixo-assinado, junto com seu nome e seu endereço de e-mail.',
  'page.withdraw.closed': 'Este abaixo-assinado não está mais aberto, por isso as assinaturas não podem mais ser alteradas.',
  'page.confirm.updates':
    'Quero receber um e-mail quando este abaixo-assinado atingir uma meta, receber uma resposta ou for encerrado',
  'mail.update.milestone.subject': 'Assinaturas: {count} — {title}',
  'mail.update.milestone.body': 'O abaixo-assinado “{title}”, que você assinou, atingiu uma meta. Assinaturas: {count}.',
  'mail.update.response.subject': 'Resposta ao abaixo-assinado: {title}',
  'mail.update.response.body': '{agency} respondeu ao abaixo-assinado “{title}”, que você assinou:\n\n{response}',
  'mail.update.closed.subject': 'Abaixo-assinado encerrado: {title}',
  'mail.update.closed.body':
    'O abaixo-assinado “{title}”, que você assinou, foi encerrado. Total de assinaturas: {count}. Se uma resposta for publicada, você vai recebê-la por e-mail.',
  'mail.update.stop':
    'Você recebe estes e-mails porque pediu para recebê-los ao confirmar sua assinatura. Para não recebê-los mais, abra este link:\n{link}',
  'page.updates.title': 'Pare de receber e-mails sobre este abaixo-assinado',
  'page.updates.intro': 'Você não vai mais receber e-mails sobre este abaixo-assinado. Sua assinatura continua valendo.',
  'page.updates.button': 'Parar de receber os e-mails',
  'page.updates.stopped.title': 'E-mails cancelados',
  'page.updates.stopped.body': 'Você não vai mais receber e-mails sobre este abaixo-assinado. Sua assinatura continua valendo.',
  'mail.replies.confirm.subject': 'Confirme os e-mails sobre respostas: {title}',
  'mail.replies.confirm.body':
    'Você pediu para receber um aviso por e-mail quando alguém responder aos seus comentários na discussão “{title}”.\n\nPara confirmar, abra este link e clique no botão “Confirmar”:\n{link}\n\nO link vale por {duration}. Até você confirmar, não enviaremos mais nada. Se você não fez esse pedido, ignore este e-mail.',
  'mail.replies.digest.subject': 'Novas respostas ao seu comentário: {title}',
  'mail.replies.digest.body': 'Há novas respostas aos seus comentários na discussão “{title}”:',
  'mail.replies.reply': '{name} escreveu:',
  'mail.replies.anonymous': 'Anônimo',
  'mail.replies.more': 'Mais respostas novas: {count}',
  'mail.replies.read': 'Leia a discussão:\n{link}',
  'mail.replies.stop':
    'Você recebe estes e-mails, no máximo um por hora, porque pediu para recebê-los ao publicar um comentário. Para não recebê-los mais, abra este link:\n{link}',
  'page.discussion': 'Discussão: {title}',
  'page.replies.confirm.title': 'Confirme os e-mails sobre respostas',
  'page.replies.confirm.intro':
    'Você pediu para receber um aviso por e-mail quando alguém responder aos seus comentários nesta discussão. Não enviaremos nada até você confirmar.',
  'page.replies.confirm.button': 'Confirmar',
  'page.replies.confirm.ignore': 'Se você não fez esse pedido, feche esta página: você não vai receber e-mails sobre respostas.',
  'page.replies.confirmed.title': 'E-mails sobre respostas confirmados',
  'page.replies.confirmed.body':
    'Quando alguém responder aos seus comentários nesta discussão, você vai receber um e-mail, no máximo um por hora. Cada e-mail tem um link para parar de recebê-los.',
  'page.replies.unknown.body': 'Este link não é válido. Verifique se você abriu o link completo do seu e-mail mais recente.',
  'page.replies.expired.body':
    'Os links de confirmação valem por {duration}, e este expirou. Informe seu endereço de e-mail de novo na próxima vez que publicar um comentário.',
  'page.replies.stop.title': 'Pare de receber e-mails sobre respostas',
  'page.replies.stop.intro':
    'Você não vai mais receber e-mails sobre respostas nesta discussão. Seus comentários continuam como estão.',
  'page.replies.stop.all': 'Parar também de receber e-mails sobre respostas em todas as outras discussões, agora e no futuro',
  'page.replies.stop.button': 'Parar de receber os e-mails',
  'page.replies.stopped.body': 'Você não vai mais receber e-mails sobre respostas nesta discussão.',
  'page.replies.stopped.all': 'Você não vai mais receber e-mails sobre respostas neste endereço, em nenhuma discussão.',
  'page.replies.back': 'Voltar à discussão',
  'page.back': 'Voltar ao abaixo-assinado',
  'page.home': 'Ir para {agency}',
};

export default messages;
