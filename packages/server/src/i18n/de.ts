// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Bestätigen Sie Ihre Unterschrift: {title}',
  'mail.confirm.body':
    'Sie möchten die Petition „{title}“ unterschreiben.\n\nUm Ihre Unterschrift zu bestätigen, öffnen Sie diesen Link und klicken Sie auf die Schaltfläche „Meine Unterschrift bestätigen“:\n{link}\n\nDer Link ist {duration} gültig. Ihre Unterschrift zählt erst, wenn sie bestätigt ist. Wenn Sie nicht unterschreiben wollten, ignorieren Sie diese E-Mail: Es wird nichts unterschrieben.',
  'mail.confirm.withdraw':
    'Wenn Sie es sich anders überlegen, können Sie Ihre Unterschrift zurückziehen, solange die Petition offen ist:\n{withdrawLink}',
  'mail.already.subject': 'Sie haben bereits unterschrieben: {title}',
  'mail.already.body':
    'Jemand hat versucht, die Petition „{title}“ mit dieser E-Mail-Adresse zu unterschreiben. Mit dieser Adresse wurde die Petition bereits unterschrieben. Jede Adresse kann nur einmal unterschreiben, deshalb hat sich nichts geändert.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Unterschrift bestätigen',
  'page.confirm.intro': 'Sie möchten diese Petition unterschreiben. Ihre Unterschrift zählt erst, wenn Sie sie bestätigen.',
  'page.confirm.button': 'Meine Unterschrift bestätigen',
  'page.confirm.ignore': 'Wenn Sie nicht unterschreiben wollten, schließen Sie diese Seite: Es wird nichts unterschrieben.',
  'page.petition': 'Petition: {title}',
  'page.confirmed.title': 'Unterschrift bestätigt',
  'page.confirmed.body': 'Vielen Dank. Ihre Unterschrift wurde bestätigt und zählt jetzt.',
  'page.already.title': 'Unterschrift bereits bestätigt',
  'page.already.body': 'Ihre Unterschrift wurde bereits bestätigt. Sie zählt einmal.',
  'page.unknown.title': 'Link nicht erkannt',
  'page.unknown.body':
    'Dieser Bestätigungslink ist nicht gültig. Prüfen Sie, ob Sie den vollständigen Link aus Ihrer neuesten E-Mail geöffnet haben, oder unterschreiben Sie die Petition erneut.',
  'page.expired.title': 'Link abgelaufen',
  'page.expired.body':
    'Bestätigungslinks sind {duration} gültig, und dieser Link ist abgelaufen. Unterschreiben Sie die Petition erneut, um einen neuen Link zu erhalten.',
  'page.closed.title': 'Petition nicht offen',
  'page.closed.body':
    'Für diese Petition werden keine Unterschriften angenommen. Deshalb wurde Ihre Unterschrift nicht bestätigt.',
  'page.refused.title': 'Bestätigung abgelehnt',
  'page.refused.body':
    'Bestätigen Sie Ihre Unterschrift mit der Schaltfläche auf der Seite, die sich über den Link in Ihrer E-Mail öffnet.',
  'page.withdraw.title': 'Unterschrift zurückziehen',
  'page.withdraw.intro':
    'Ihre Unterschrift, Ihr Name und Ihre E-Mail-Adresse werden aus dieser Petition entfernt. Das kann nicht rückgängig gemacht werden.',
  'page.withdraw.button': 'Meine Unterschrift zurückziehen',
  'page.withdraw.ignore':
    'Wenn Sie Ihre Unterschrift nicht zurückziehen wollen, schließen Sie diese Seite: Es ändert sich nichts.',
  'page.withdrawn.title': 'Unterschrift zurückgezogen',
  'page.withdrawn.body': 'Ihre Unterschrift wurde zusammen mit Ihrem Namen und Ihrer E-Mail-Adresse aus der Petition entfernt.',
  'page.withdraw.closed': 'Diese Petition ist nicht mehr offen. Deshalb können die Unterschriften nicht mehr geändert werden.',
  'page.confirm.updates':
    'Benachrichtigen Sie mich per E-Mail, wenn diese Petition ein Zwischenziel erreicht, eine Stellungnahme erhält oder beendet wird',
  'mail.update.milestone.subject': 'Unterschriften: {count} – {title}',
  'mail.update.milestone.body':
    'Die Zahl der Unterschriften für die Petition „{title}“, die Sie unterschrieben haben, hat {count} erreicht.',
  'mail.update.response.subject': 'Stellungnahme zur Petition: {title}',
  'mail.update.response.body':
    '{agency} hat zur Petition „{title}“, die Sie unterschrieben haben, Stellung genommen:\n\n{response}',
  'mail.update.closed.subject': 'Petition beendet: {title}',
  'mail.update.closed.body':
    'Die Petition „{title}“, die Sie unterschrieben haben, ist beendet. Zahl der Unterschriften: {count}. Wenn eine Stellungnahme veröffentlicht wird, erhalten Sie sie per E-Mail.',
  'mail.update.stop':
    'Sie erhalten diese E-Mails, weil Sie sie beim Bestätigen Ihrer Unterschrift angefordert haben. Um sie abzubestellen, öffnen Sie diesen Link:\n{link}',
  'page.updates.title': 'E-Mails zu dieser Petition abbestellen',
  'page.updates.intro': 'Sie erhalten keine weiteren E-Mails zu dieser Petition. Ihre Unterschrift zählt weiterhin.',
  'page.updates.button': 'E-Mails abbestellen',
  'page.updates.stopped.title': 'E-Mails abbestellt',
  'page.updates.stopped.body': 'Sie erhalten keine weiteren E-Mails zu dieser Petition. Ihre Unterschrift zählt weiterhin.',
  'mail.replies.confirm.subject': 'Bestätigen Sie E-Mails zu Antworten: {title}',
  'mail.replies.confirm.body':
    'Sie möchten per E-Mail benachrichtigt werden, wenn jemand auf Ihre Kommentare in der Diskussion „{title}“ antwortet.\n\nUm dies zu bestätigen, öffnen Sie diesen Link und klicken Sie auf die Schaltfläche „Bestätigen“:\n{link}\n\nDer Link ist {duration} gültig. Bis Sie bestätigen, senden wir Ihnen nichts weiter. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.',
  'mail.replies.digest.subject': 'Neue Antworten auf Ihren Kommentar: {title}',
  'mail.replies.digest.body': 'Es gibt neue Antworten auf Ihre Kommentare in der Diskussion „{title}“:',
  'mail.replies.reply': '{name} schrieb:',
  'mail.replies.anonymous': 'Anonym',
  'mail.replies.more': 'Weitere neue Antworten: {count}',
  'mail.replies.read': 'Diskussion lesen:\n{link}',
  'mail.replies.stop':
    'Sie erhalten diese E-Mails, höchstens eine pro Stunde, weil Sie sie beim Veröffentlichen eines Kommentars angefordert haben. Um sie abzubestellen, öffnen Sie diesen Link:\n{link}',
  'page.discussion': 'Diskussion: {title}',
  'page.replies.confirm.title': 'E-Mails zu Antworten bestätigen',
  'page.replies.confirm.intro':
    'Sie möchten per E-Mail benachrichtigt werden, wenn jemand auf Ihre Kommentare in dieser Diskussion antwortet. Wir senden nichts, bis Sie bestätigen.',
  'page.replies.confirm.button': 'Bestätigen',
  'page.replies.confirm.ignore':
    'Wenn Sie das nicht angefordert haben, schließen Sie diese Seite: Sie erhalten keine E-Mails zu Antworten.',
  'page.replies.confirmed.title': 'E-Mails zu Antworten bestätigt',
  'page.replies.confirmed.body':
    'Wenn jemand auf Ihre Kommentare in dieser Diskussion antwortet, erhalten Sie eine E-Mail, höchstens eine pro Stunde. Jede E-Mail enthält einen Link zum Abbestellen.',
  'page.replies.unknown.body':
    'Dieser Link ist nicht gültig. Prüfen Sie, ob Sie den vollständigen Link aus Ihrer neuesten E-Mail geöffnet haben.',
  'page.replies.expired.body':
    'Bestätigungslinks sind {duration} gültig, und dieser Link ist abgelaufen. Geben Sie Ihre E-Mail-Adresse erneut an, wenn Sie das nächste Mal einen Kommentar veröffentlichen.',
  'page.replies.stop.title': 'E-Mails zu Antworten abbestellen',
  'page.replies.stop.intro':
    'Sie erhalten keine weiteren E-Mails zu Antworten in dieser Diskussion. Ihre Kommentare bleiben unverändert.',
  'page.replies.stop.all': 'Auch E-Mails zu Antworten in allen anderen Diskussionen abbestellen, jetzt und künftig',
  'page.replies.stop.button': 'E-Mails abbestellen',
  'page.replies.stopped.body': 'Sie erhalten keine weiteren E-Mails zu Antworten in dieser Diskussion.',
  'page.replies.stopped.all': 'Sie erhalten an diese Adresse keine weiteren E-Mails zu Antworten, in keiner Diskussion.',
  'page.replies.back': 'Zurück zur Diskussion',
  'page.back': 'Zurück zur Petition',
  'page.home': 'Zur Website von {agency}',
};

export default messages;
