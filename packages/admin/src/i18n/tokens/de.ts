import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Die Seite der API-Tokens, auf Deutsch. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-Tokens',
  'tokens.intro':
    'Mit einem API-Token kann ein Skript oder ein anderes System die Verwaltungs-API in Ihrem Namen nutzen, um Aufgaben zu automatisieren, zum Beispiel einen nächtlichen Export der Ergebnisse. Es kann alles, was Ihre Rolle erlaubt ({role}).',
  'tokens.howTo': 'Das Skript sendet das Token bei jeder Anfrage im Authorization-Header:',
  'tokens.loading': 'Ihre Tokens werden geladen…',
  'tokens.loadError': 'Ihre Tokens konnten nicht geladen werden: {detail}',
  'tokens.retry': 'Erneut versuchen',
  'tokens.none': 'Sie haben keine API-Tokens.',
  'tokens.caption': { one: 'Ihr {count} Token', other: 'Ihre {count} Tokens' },
  'col.name': 'Name',
  'col.created': 'Erstellt',
  'col.lastUsed': 'Zuletzt verwendet',
  'col.status': 'Status',
  'col.actions': 'Aktionen',
  'tokens.never': 'Nie',
  'tokens.active': 'Aktiv',
  'tokens.revoked': 'Widerrufen',
  'tokens.revoke': 'Widerrufen',
  'create.title': 'Token erstellen',
  'create.name': 'Name',
  'create.nameHint': 'Wofür es dient, damit Sie es später wiedererkennen. Zum Beispiel: Nächtlicher Export der Ergebnisse.',
  'create.submit': 'Token erstellen',
  'create.working': 'Das Token wird erstellt…',
  'create.errorTitle': 'Das Token wurde nicht erstellt',
  'create.nameRequired': 'Geben Sie einen Namen für das Token ein',
  'created.title': 'Ihr neues Token',
  'created.status': 'Das Token „{name}“ wurde erstellt.',
  'created.warning':
    'Kopieren Sie es jetzt und bewahren Sie es sicher auf, zum Beispiel in einem Passwort-Manager oder in den geheimen Einstellungen Ihrer Automatisierung. Es wird nicht noch einmal angezeigt. Wer es besitzt, kann in Ihrem Namen handeln.',
  'created.label': 'API-Token „{name}“',
  'created.done': 'Ich habe es gespeichert',
  copy: 'Token kopieren',
  copied: 'Token kopiert.',
  copyFailed: 'Das Token ist markiert: Kopieren Sie es mit der Tastatur oder über das Menü.',
  'revoke.title': 'Das Token „{name}“ widerrufen?',
  'revoke.body':
    'Skripte und Systeme, die es verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden, aber Sie können ein neues Token erstellen.',
  'revoke.confirm': 'Ja, widerrufen',
  'revoke.done': 'Das Token „{name}“ wurde widerrufen.',
  'revoke.errorTitle': 'Das Token wurde nicht widerrufen',
  cancel: 'Abbrechen',
  'role.admin': 'Administrator/in',
  'role.editor': 'Redakteur/in',
  'role.moderator': 'Moderator/in',
  'role.analyst': 'Analyst/in',
};

export default messages;
