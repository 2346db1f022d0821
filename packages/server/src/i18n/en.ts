/*
 * The server's own words: the confirmation e-mail and page. Plain text with
 * `{name}` placeholders, filled in by `format` (never HTML: the page escapes
 * everything, the mail is plain text). Every language has every key.
 */
export const en = {
  'mail.confirm.subject': 'Confirm your signature: {title}',
  'mail.confirm.body':
    'You asked to sign the petition “{title}”.\n\n' +
    'To confirm your signature, open this link and press the “Confirm my signature” button:\n{link}\n\n' +
    'The link works for {duration}. Your signature counts only once it is confirmed. ' +
    'If you did not ask to sign, ignore this e-mail: nothing will be signed.',
  'mail.confirm.withdraw': 'If you change your mind, you can withdraw your signature while the petition is open:\n{withdrawLink}',
  'mail.already.subject': 'You have already signed: {title}',
  'mail.already.body':
    'Someone tried to sign the petition “{title}” with this e-mail address, which has already signed it. ' +
    'Each address can sign once, so nothing has changed.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Confirm your signature',
  'page.confirm.intro': 'You asked to sign this petition. Your signature counts only once you confirm it.',
  'page.confirm.button': 'Confirm my signature',
  'page.confirm.ignore': 'If you did not ask to sign, close this page: nothing will be signed.',
  'page.petition': 'Petition: {title}',
  'page.confirmed.title': 'Signature confirmed',
  'page.confirmed.body': 'Thank you. Your signature has been confirmed and now counts.',
  'page.already.title': 'Signature already confirmed',
  'page.already.body': 'Your signature was already confirmed. It counts once.',
  'page.unknown.title': 'Link not recognised',
  'page.unknown.body':
    'This confirmation link is not valid. Check that you opened the whole link from your most recent e-mail, or sign the petition again.',
  'page.expired.title': 'Link expired',
  'page.expired.body':
    'Confirmation links work for {duration}, and this one has expired. Sign the petition again to get a new link.',
  'page.closed.title': 'Petition not open',
  'page.closed.body': 'This petition is not taking signatures, so your signature was not confirmed.',
  'page.refused.title': 'Confirmation refused',
  'page.refused.body': 'Confirm your signature with the button on the page that the link in your e-mail opens.',
  'page.withdraw.title': 'Withdraw your signature',
  'page.withdraw.intro':
    'Your signature, your name and your e-mail address will be removed from this petition. This cannot be undone.',
  'page.withdraw.button': 'Withdraw my signature',
  'page.withdraw.ignore': 'If you do not want to withdraw, close this page: nothing will change.',
  'page.withdrawn.title': 'Signature withdrawn',
  'page.withdrawn.body': 'Your signature has been removed from the petition, with your name and e-mail address.',
  'page.withdraw.closed': 'This petition is no longer open, so its signatures can no longer change.',
  'page.confirm.updates': 'E-mail me when this petition reaches a milestone, gets a response or closes',
  'mail.update.milestone.subject': '{count} signatures: {title}',
  'mail.update.milestone.body': 'The petition “{title}” that you signed has reached {count} signatures.',
  'mail.update.response.subject': 'Response to the petition: {title}',
  'mail.update.response.body': '{agency} has responded to the petition “{title}” that you signed:\n\n{response}',
  'mail.update.closed.subject': 'Petition closed: {title}',
  'mail.update.closed.body':
    'The petition “{title}” that you signed has closed with {count} signatures. If a response is published, you will get it by e-mail.',
  'mail.update.stop':
    'You get these e-mails because you asked for them when you confirmed your signature. To stop them, open this link:\n{link}',
  'page.updates.title': 'Stop e-mails about this petition',
  'page.updates.intro': 'You will get no more e-mails about this petition. Your signature still counts.',
  'page.updates.button': 'Stop the e-mails',
  'page.updates.stopped.title': 'E-mails stopped',
  'page.updates.stopped.body': 'You will get no more e-mails about this petition. Your signature still counts.',
  'mail.replies.confirm.subject': 'Confirm e-mails about replies: {title}',
  'mail.replies.confirm.body':
    'You asked to be told by e-mail when someone replies to your comments in the discussion “{title}”.\n\n' +
    'To confirm, open this link and press the “Confirm” button:\n{link}\n\n' +
    'The link works for {duration}. Until you confirm, we send you nothing else. ' +
    'If you did not ask for this, ignore this e-mail.',
  'mail.replies.digest.subject': 'New replies to your comment: {title}',
  'mail.replies.digest.body': 'There are new replies to your comments in the discussion “{title}”:',
  'mail.replies.reply': '{name} wrote:',
  'mail.replies.anonymous': 'Anonymous',
  'mail.replies.more': 'More new replies: {count}',
  'mail.replies.read': 'Read the discussion:\n{link}',
  'mail.replies.stop':
    'You get these e-mails, at most one an hour, because you asked for them when you posted a comment. To stop them, open this link:\n{link}',
  'page.discussion': 'Discussion: {title}',
  'page.replies.confirm.title': 'Confirm e-mails about replies',
  'page.replies.confirm.intro':
    'You asked to be told by e-mail when someone replies to your comments in this discussion. We send nothing until you confirm.',
  'page.replies.confirm.button': 'Confirm',
  'page.replies.confirm.ignore': 'If you did not ask for this, close this page: you will get no e-mails about replies.',
  'page.replies.confirmed.title': 'E-mails about replies confirmed',
  'page.replies.confirmed.body':
    'When someone replies to your comments in this discussion, you will get an e-mail, at most one an hour. Each one has a link to stop them.',
  'page.replies.unknown.body': 'This link is not valid. Check that you opened the whole link from your most recent e-mail.',
  'page.replies.expired.body':
    'Confirmation links work for {duration}, and this one has expired. Give your e-mail address again when you next post a comment.',
  'page.replies.stop.title': 'Stop e-mails about replies',
  'page.replies.stop.intro': 'You will get no more e-mails about replies in this discussion. Your comments stay as they are.',
  'page.replies.stop.all': 'Also stop e-mails about replies in every other discussion, now and in future',
  'page.replies.stop.button': 'Stop the e-mails',
  'page.replies.stopped.body': 'You will get no more e-mails about replies in this discussion.',
  'page.replies.stopped.all': 'You will get no more e-mails about replies at this address, in any discussion.',
  'page.replies.back': 'Return to the discussion',
  'page.back': 'Return to the petition',
  'page.home': 'Go to {agency}',
} as const;

export type MessageKey = keyof typeof en;
/** A language's messages: every key of English, each a plain-text template. */
export type Messages = Readonly<Record<MessageKey, string>>;
