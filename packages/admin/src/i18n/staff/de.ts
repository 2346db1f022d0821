import type { Message } from '@civic-widgets/elements';
import type { StaffMessageKey } from './en.js';

/** Die Seiten der Mitarbeitenden (Liste, Einladung, einzelne Person), auf Deutsch. */
const messages: Partial<Record<StaffMessageKey, Message>> = {
  'staff.title': 'Mitarbeitende',
  'staff.intro':
    'Alle, die sich in dieser Konsole anmelden können, und was ihre Rolle ihnen erlaubt. Jede Person legt ihr eigenes Passwort über einen einmalig gültigen Link fest.',
  'staff.loading': 'Mitarbeitende werden geladen…',
  'staff.loadError': 'Die Liste der Mitarbeitenden konnte nicht geladen werden: {detail}',
  'staff.retry': 'Erneut versuchen',
  'staff.invite': 'Mitarbeiter/in einladen',
  'staff.caption': { one: '{count} Mitarbeiter/in', other: '{count} Mitarbeitende' },
  'staff.you': '(Sie)',
  'staff.never': 'Nie',
  'col.name': 'Name',
  'col.email': 'E-Mail-Adresse',
  'col.role': 'Rolle',
  'col.status': 'Status',
  'col.methods': 'Anmeldung mit',
  'col.lastSignIn': 'Zuletzt angemeldet',
  'status.invited': 'Eingeladen',
  'status.active': 'Aktiv',
  'status.disabled': 'Deaktiviert',
  'method.password': 'Passwort',
  'method.oidc': 'Einmalige Anmeldung (Single Sign-on)',
  'method.none': 'Noch nicht eingerichtet',
  'role.admin': 'Administrator/in',
  'role.editor': 'Redakteur/in',
  'role.moderator': 'Moderator/in',
  'role.analyst': 'Analyst/in',
  'roleHint.admin': 'Kann alles, einschließlich der Verwaltung von Mitarbeitenden, Websites und Einstellungen.',
  'roleHint.editor': 'Erstellt und bearbeitet Inhalte, veröffentlicht Stellungnahmen zu Petitionen und prüft Unterschriften.',
  'roleHint.moderator': 'Prüft Kommentare und sperrt Personen oder Netzwerke, die die Widgets missbrauchen.',
  'roleHint.analyst': 'Sieht Ergebnisse ein und lädt Exporte herunter. Kann nichts ändern.',
  'invite.title': 'Mitarbeiter/in einladen',
  'invite.intro':
    'Sie erhalten einen einmalig gültigen Link, den Sie an die Person senden. Sie öffnet ihn, wählt ihr eigenes Passwort und meldet sich dann an.',
  'invite.email': 'Dienstliche E-Mail-Adresse',
  'invite.emailHint': 'Mit dieser Adresse meldet sich die Person an.',
  'invite.name': 'Name (freiwillig)',
  'invite.nameHint':
    'So erscheint die Person in der Konsole und im Protokoll. Wenn Sie das Feld leer lassen, wird der Teil der E-Mail-Adresse vor dem @ verwendet.',
  'invite.role': 'Rolle',
  'invite.roleHint': 'Wählen Sie, was die Person tun darf. Sie können dies später ändern.',
  'invite.submit': 'Einladung erstellen',
  'invite.working': 'Die Einladung wird erstellt…',
  'invite.errorTitle': 'Die Einladung wurde nicht erstellt',
  'invite.emailRequired': 'Geben Sie die E-Mail-Adresse der Person ein',
  'invite.roleRequired': 'Wählen Sie eine Rolle',
  'invited.title': 'Einladung erstellt',
  'invited.status': '{name} ist mit der Rolle {role} eingeladen.',
  'invited.send':
    'Senden Sie diesen Link an {email}, zum Beispiel per E-Mail oder Chat. Er funktioniert einmal, 72 Stunden lang. Er wird nur jetzt angezeigt: Kopieren Sie ihn, bevor Sie diese Seite verlassen.',
  'invited.linkLabel': 'Einmalig gültiger Einrichtungslink für {name}',
  'invited.another': 'Weitere Person einladen',
  back: 'Zurück zu allen Mitarbeitenden',
  copy: 'Link kopieren',
  copied: 'Link kopiert.',
  copyFailed: 'Der Link ist markiert: Kopieren Sie ihn mit der Tastatur oder über das Menü.',
  'member.loading': 'Wird geladen…',
  'member.notFound': 'Mitarbeiter/in nicht gefunden',
  'member.notFoundBody':
    'Es gibt keine Mitarbeiterin und keinen Mitarbeiter mit dieser Nummer. Kehren Sie zur Liste der Mitarbeitenden zurück.',
  'member.you':
    'Dies ist Ihr eigenes Konto. Sie können Ihre Rolle als Administrator/in nicht abgeben und sich nicht selbst deaktivieren: Das muss eine andere Administratorin oder ein anderer Administrator tun.',
  'member.added': 'Hinzugefügt',
  'member.errorTitle': 'Die Änderung wurde nicht gespeichert',
  'member.roleTitle': 'Rolle ändern',
  'member.roleHint':
    'Wenn Sie die Rolle ändern, wird die Person abgemeldet. Sie meldet sich erneut an, um die neue Rolle zu nutzen.',
  'member.saveRole': 'Rolle speichern',
  'member.roleSame': '{name} hat diese Rolle bereits. Es wurde nichts geändert.',
  'member.roleSaved':
    'Die Rolle wurde in {role} geändert. {name} wurde abgemeldet und meldet sich mit der neuen Rolle erneut an.',
  'member.linkTitle': 'Neuer Einrichtungslink',
  'member.linkIntro':
    'Wenn die Person ihre Einladung verloren oder ihr Passwort vergessen hat, erstellen Sie einen neuen einmalig gültigen Link. Frühere Links funktionieren dann nicht mehr. Ihr aktuelles Passwort bleibt gültig, bis sie den neuen Link verwendet.',
  'member.makeLink': 'Neuen Einrichtungslink erstellen',
  'member.linkMade': 'Ein neuer Einrichtungslink für {name} ist bereit.',
  'member.linkSend': 'Senden Sie diesen Link an {email}. Er funktioniert einmal, 72 Stunden lang. Er wird nur jetzt angezeigt.',
  'member.linkDisabled': 'Aktivieren Sie das Konto wieder, bevor Sie einen Einrichtungslink erstellen.',
  'member.accessTitle': 'Zugang',
  'member.disableIntro':
    'Wenn Sie das Konto deaktivieren, wird die Person sofort abgemeldet, ihre API-Tokens werden dauerhaft gesperrt und sie kann sich nicht mehr anmelden. Was sie getan hat, bleibt im Protokoll.',
  'member.disable': 'Konto deaktivieren',
  'member.disableTitle': 'Das Konto von {name} deaktivieren?',
  'member.disableBody':
    'Die Person wird sofort abgemeldet und kann sich erst wieder anmelden, wenn eine Administratorin oder ein Administrator das Konto wieder aktiviert. Ihre API-Tokens funktionieren dauerhaft nicht mehr.',
  'member.disableConfirm': 'Ja, deaktivieren',
  'member.disabled': 'Das Konto von {name} ist deaktiviert. Die Person wurde abgemeldet.',
  'member.enableIntro':
    'Dieses Konto ist deaktiviert. Wenn Sie es wieder aktivieren, kann sich die Person wieder anmelden. API-Tokens, die bei der Deaktivierung widerrufen wurden, bleiben widerrufen.',
  'member.enable': 'Konto wieder aktivieren',
  'member.enableTitle': 'Das Konto von {name} wieder aktivieren?',
  'member.enableBody': 'Die Person kann sich dann wieder anmelden, mit der Rolle {role}.',
  'member.enableConfirm': 'Ja, wieder aktivieren',
  'member.enabled': 'Das Konto von {name} ist wieder aktiviert.',
  cancel: 'Abbrechen',
};

export default messages;
