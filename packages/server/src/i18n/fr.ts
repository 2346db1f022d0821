// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Confirmez votre signature : {title}',
  'mail.confirm.body':
    'Vous avez demandé à signer la pétition « {title} ».\n\nPour confirmer votre signature, ouvrez ce lien et appuyez sur le bouton « Confirmer ma signature » :\n{link}\n\nLe lien est valable {duration}. Votre signature ne compte qu’une fois confirmée. Si vous n’avez pas demandé à signer, ignorez ce message : rien ne sera signé.',
  'mail.confirm.withdraw':
    'Si vous changez d’avis, vous pouvez retirer votre signature tant que la pétition est ouverte :\n{withdrawLink}',
  'mail.already.subject': 'Vous avez déjà signé : {title}',
  'mail.already.body':
    'Quelqu’un a essayé de signer la pétition « {title} » avec cette adresse e-mail, qui l’a déjà signée. Chaque adresse ne peut signer qu’une fois : rien n’a changé.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirmez votre signature',
  'page.confirm.intro': 'Vous avez demandé à signer cette pétition. Votre signature ne compte qu’une fois confirmée.',
  'page.confirm.button': 'Confirmer ma signature',
  'page.confirm.ignore': 'Si vous n’avez pas demandé à signer, fermez cette page : rien ne sera signé.',
  'page.petition': 'Pétition : {title}',
  'page.confirmed.title': 'Signature confirmée',
  'page.confirmed.body': 'Merci. Votre signature est confirmée et compte désormais.',
  'page.already.title': 'Signature déjà confirmée',
  'page.already.body': 'Votre signature était déjà confirmée. Elle compte une fois.',
  'page.unknown.title': 'Lien non reconnu',
  'page.unknown.body':
    'Ce lien de confirmation n’est pas valide. Vérifiez que vous avez ouvert le lien complet de votre dernier e-mail, ou signez à nouveau la pétition.',
  'page.expired.title': 'Lien expiré',
  'page.expired.body':
    'Les liens de confirmation sont valables {duration}, et celui-ci a expiré. Signez à nouveau la pétition pour recevoir un nouveau lien.',
  'page.closed.title': 'Pétition fermée',
  'page.closed.body': 'Cette pétition ne recueille pas de signatures : votre signature n’a pas été confirmée.',
  'page.refused.title': 'Confirmation refusée',
  'page.refused.body': 'Confirmez votre signature avec le bouton de la page qu’ouvre le lien de votre e-mail.',
  'page.withdraw.title': 'Retirez votre signature',
  'page.withdraw.intro':
    'Votre signature, votre nom et votre adresse e-mail seront supprimés de cette pétition. Cette action est définitive.',
  'page.withdraw.button': 'Retirer ma signature',
  'page.withdraw.ignore': 'Si vous ne voulez pas retirer votre signature, fermez cette page : rien ne changera.',
  'page.withdrawn.title': 'Signature retirée',
  'page.withdrawn.body': 'Votre signature a été supprimée de la pétition, ainsi que votre nom et votre adresse e-mail.',
  'page.withdraw.closed': 'Cette pétition n’est plus ouverte : ses signatures ne peuvent plus être modifiées.',
  'page.confirm.updates': 'M’envoyer un e-mail quand cette pétition franchit une étape, reçoit une réponse ou est close',
  'mail.update.milestone.subject': 'Signatures : {count} — {title}',
  'mail.update.milestone.body': 'Le nombre de signatures de la pétition « {title} » que vous avez signée a atteint {count}.',
  'mail.update.response.subject': 'Réponse à la pétition : {title}',
  'mail.update.response.body': '{agency} a répondu à la pétition « {title} » que vous avez signée :\n\n{response}',
  'mail.update.closed.subject': 'Pétition close : {title}',
  'mail.update.closed.body':
    'La pétition « {title} » que vous avez signée est close. Nombre de signatures : {count}. Si une réponse est publiée, vous la recevrez par e-mail.',
  'mail.update.stop':
    'Vous recevez ces e-mails parce que vous les avez demandés en confirmant votre signature. Pour ne plus les recevoir, ouvrez ce lien :\n{link}',
  'page.updates.title': 'Désactivez les e-mails sur cette pétition',
  'page.updates.intro': 'Vous ne recevrez plus d’e-mails sur cette pétition. Votre signature compte toujours.',
  'page.updates.button': 'Arrêter les e-mails',
  'page.updates.stopped.title': 'E-mails désactivés',
  'page.updates.stopped.body': 'Vous ne recevrez plus d’e-mails sur cette pétition. Votre signature compte toujours.',
  'mail.replies.confirm.subject': 'Confirmez les e-mails sur les réponses : {title}',
  'mail.replies.confirm.body':
    'Vous avez demandé à recevoir un e-mail quand quelqu’un répond à vos commentaires dans la discussion « {title} ».\n\nPour confirmer, ouvrez ce lien et appuyez sur le bouton « Confirmer » :\n{link}\n\nLe lien est valable {duration}. Tant que vous n’avez pas confirmé, nous ne vous envoyons rien d’autre. Si vous n’avez pas fait cette demande, ignorez ce message.',
  'mail.replies.digest.subject': 'Nouvelles réponses à votre commentaire : {title}',
  'mail.replies.digest.body': 'Il y a de nouvelles réponses à vos commentaires dans la discussion « {title} » :',
  'mail.replies.reply': '{name} a écrit :',
  'mail.replies.anonymous': 'Anonyme',
  'mail.replies.more': 'Autres nouvelles réponses : {count}',
  'mail.replies.read': 'Lire la discussion :\n{link}',
  'mail.replies.stop':
    'Vous recevez ces e-mails, au plus un par heure, parce que vous les avez demandés en publiant un commentaire. Pour ne plus les recevoir, ouvrez ce lien :\n{link}',
  'page.discussion': 'Discussion : {title}',
  'page.replies.confirm.title': 'Confirmez les e-mails sur les réponses',
  'page.replies.confirm.intro':
    'Vous avez demandé à recevoir un e-mail quand quelqu’un répond à vos commentaires dans cette discussion. Nous n’envoyons rien tant que vous n’avez pas confirmé.',
  'page.replies.confirm.button': 'Confirmer',
  'page.replies.confirm.ignore':
    'Si vous n’avez pas fait cette demande, fermez cette page : vous ne recevrez aucun e-mail sur les réponses.',
  'page.replies.confirmed.title': 'E-mails sur les réponses confirmés',
  'page.replies.confirmed.body':
    'Quand quelqu’un répondra à vos commentaires dans cette discussion, vous recevrez un e-mail, au plus un par heure. Chacun contient un lien pour ne plus les recevoir.',
  'page.replies.unknown.body': 'Ce lien n’est pas valide. Vérifiez que vous avez ouvert le lien complet de votre dernier e-mail.',
  'page.replies.expired.body':
    'Les liens de confirmation sont valables {duration}, et celui-ci a expiré. Indiquez à nouveau votre adresse e-mail la prochaine fois que vous publierez un commentaire.',
  'page.replies.stop.title': 'Désactivez les e-mails sur les réponses',
  'page.replies.stop.intro':
    'Vous ne recevrez plus d’e-mails sur les réponses dans cette discussion. Vos commentaires restent tels quels.',
  'page.replies.stop.all':
    'Arrêter aussi les e-mails sur les réponses dans toutes les autres discussions, maintenant et à l’avenir',
  'page.replies.stop.button': 'Arrêter les e-mails',
  'page.replies.stopped.body': 'Vous ne recevrez plus d’e-mails sur les réponses dans cette discussion.',
  'page.replies.stopped.all': 'Vous ne recevrez plus d’e-mails sur les réponses à cette adresse, quelle que soit la discussion.',
  'page.replies.back': 'Revenir à la discussion',
  'page.back': 'Revenir à la pétition',
  'page.home': 'Aller sur le site : {agency}',
};

export default messages;
