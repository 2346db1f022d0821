// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confirme a sua assinatura: {title}',
  'mail.confirm.body':
    'Pediu para assinar a petição «{title}».\n\nPara confirmar a sua assinatura, abra esta ligação e carregue no botão «Confirmar a minha assinatura»:\n{link}\n\nA ligação é válida durante {duration}. A sua assinatura só conta depois de confirmada. Se não pediu para assinar, ignore este email: nada será assinado.',
  'mail.confirm.withdraw': 'Se mudar de ideias, pode retirar a sua assinatura enquanto a petição estiver aberta:\n{withdrawLink}',
  'mail.already.subject': 'Já assinou: {title}',
  'mail.already.body':
    'Alguém tentou assinar a petição «{title}» com este endereço de email, que já a tinha assinado. Cada endereço só pode assinar uma vez, por isso nada foi alterado.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirme a sua assinatura',
  'page.confirm.intro': 'Pediu para assinar esta petição. A sua assinatura só conta depois de a confirmar.',
  'page.confirm.button': 'Confirmar a minha assinatura',
  'page.confirm.ignore': 'Se não pediu para assinar, feche esta página: nada será assinado.',
  'page.petition': 'Petição: {title}',
  'page.confirmed.title': 'Assinatura confirmada',
  'page.confirmed.body': 'Obrigado. A sua assinatura foi confirmada e já conta.',
  'page.already.title': 'Assinatura já confirmada',
  'page.already.body': 'A sua assinatura já estava confirmada. Conta apenas uma vez.',
  'page.unknown.title': 'Ligação não reconhecida',
  'page.unknown.body':
    'Esta ligação de confirmação não é válida. Verifique se abriu a ligação completa do seu email mais recente ou assine novamente a petição.',
  'page.expired.title': 'Ligação expirada',
  'page.expired.body':
    'As ligações de confirmação são válidas durante {duration} e esta já expirou. Assine novamente a petição para receber uma nova ligação.',
  'page.closed.title': 'Petição não aberta a assinaturas',
  'page.closed.body': 'Esta petição não está a receber assinaturas, por isso a sua assinatura não foi confirmada.',
  'page.refused.title': 'Confirmação recusada',
  'page.refused.body': 'Confirme a sua assinatura com o botão da página que se abre através da ligação do seu email.',
  'page.withdraw.title': 'Retire a sua assinatura',
  'page.withdraw.intro':
    'A sua assinatura, o seu nome e o seu endereço de email serão removidos desta petição. Esta ação não pode ser anulada.',
  'page.withdraw.button': 'Retirar a minha assinatura',
  'page.withdraw.ignore': 'Se não quiser retirar a sua assinatura, feche esta página: nada será alterado.',
  'page.withdrawn.title': 'Assinatura retirada',
  'page.withdrawn.body': 'A sua assinatura foi removida da petição, juntamente com o seu nome e o seu endereço de email.',
  'page.withdraw.closed': 'Esta petição já não está aberta, por isso as assinaturas já não podem ser alteradas.',
  'page.confirm.updates': 'Quero receber um email quando esta petição atingir uma meta, receber uma resposta ou for encerrada',
  'mail.update.milestone.subject': 'Assinaturas: {count} — {title}',
  'mail.update.milestone.body': 'A petição «{title}», que assinou, atingiu uma meta. Assinaturas: {count}.',
  'mail.update.response.subject': 'Resposta à petição: {title}',
  'mail.update.response.body': '{agency} respondeu à petição «{title}», que assinou:\n\n{response}',
  'mail.update.closed.subject': 'Petição encerrada: {title}',
  'mail.update.closed.body':
    'A petição «{title}», que assinou, foi encerrada. Total de assinaturas: {count}. Se for publicada uma resposta, vai recebê-la por email.',
  'mail.update.stop':
    'Recebe estes emails porque os pediu ao confirmar a sua assinatura. Para deixar de os receber, abra esta ligação:\n{link}',
  'page.updates.title': 'Deixe de receber emails sobre esta petição',
  'page.updates.intro': 'Não vai receber mais emails sobre esta petição. A sua assinatura continua a contar.',
  'page.updates.button': 'Deixar de receber os emails',
  'page.updates.stopped.title': 'Emails desativados',
  'page.updates.stopped.body': 'Não vai receber mais emails sobre esta petição. A sua assinatura continua a contar.',
  'mail.replies.confirm.subject': 'Confirme os emails sobre respostas: {title}',
  'mail.replies.confirm.body':
    'Pediu para receber um aviso por email quando alguém responder aos seus comentários na discussão «{title}».\n\nPara confirmar, abra esta ligação e carregue no botão «Confirmar»:\n{link}\n\nA ligação é válida durante {duration}. Enquanto não confirmar, não lhe enviaremos mais nada. Se não fez este pedido, ignore este email.',
  'mail.replies.digest.subject': 'Novas respostas ao seu comentário: {title}',
  'mail.replies.digest.body': 'Há novas respostas aos seus comentários na discussão «{title}»:',
  'mail.replies.reply': '{name} escreveu:',
  'mail.replies.anonymous': 'Anónimo',
  'mail.replies.more': 'Mais respostas novas: {count}',
  'mail.replies.read': 'Leia a discussão:\n{link}',
  'mail.replies.stop':
    'Recebe estes emails, no máximo um por hora, porque os pediu ao publicar um comentário. Para deixar de os receber, abra esta ligação:\n{link}',
  'page.discussion': 'Discussão: {title}',
  'page.replies.confirm.title': 'Confirme os emails sobre respostas',
  'page.replies.confirm.intro':
    'Pediu para receber um aviso por email quando alguém responder aos seus comentários nesta discussão. Não enviaremos nada até confirmar.',
  'page.replies.confirm.button': 'Confirmar',
  'page.replies.confirm.ignore': 'Se não fez este pedido, feche esta página: não vai receber emails sobre respostas.',
  'page.replies.confirmed.title': 'Emails sobre respostas confirmados',
  'page.replies.confirmed.body':
    'Quando alguém responder aos seus comentários nesta discussão, vai receber um email, no máximo um por hora. Cada email tem uma ligação para deixar de os receber.',
  'page.replies.unknown.body': 'Esta ligação não é válida. Verifique se abriu a ligação completa do seu email mais recente.',
  'page.replies.expired.body':
    'As ligações de confirmação são válidas durante {duration} e esta já expirou. Indique novamente o seu endereço de email da próxima vez que publicar um comentário.',
  'page.replies.stop.title': 'Deixe de receber emails sobre respostas',
  'page.replies.stop.intro':
    'Não vai receber mais emails sobre respostas nesta discussão. Os seus comentários mantêm-se como estão.',
  'page.replies.stop.all': 'Deixar também de receber emails sobre respostas em todas as outras discussões, agora e no futuro',
  'page.replies.stop.button': 'Deixar de receber os emails',
  'page.replies.stopped.body': 'Não vai receber mais emails sobre respostas nesta discussão.',
  'page.replies.stopped.all': 'Não vai receber mais emails sobre respostas neste endereço, em nenhuma discussão.',
  'page.replies.back': 'Voltar à discussão',
  'page.back': 'Voltar à petição',
  'page.home': 'Ir para {agency}',
};

export default messages;
