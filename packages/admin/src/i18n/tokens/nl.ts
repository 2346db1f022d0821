import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** De pagina met API-tokens, in het Nederlands. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-tokens',
  'tokens.intro':
    'Met een API-token kan een script of een ander systeem de beheer-API namens u gebruiken, om werk te automatiseren, zoals een nachtelijke export van de uitslagen. Het token kan wat uw rol toestaat ({role}).',
  'tokens.howTo': 'Het script stuurt het token mee in de Authorization-header van elk verzoek:',
  'tokens.loading': 'Uw tokens laden…',
  'tokens.loadError': 'Uw tokens konden niet worden geladen: {detail}',
  'tokens.retry': 'Opnieuw proberen',
  'tokens.none': 'U hebt geen API-tokens.',
  'tokens.caption': { one: 'Uw {count} token', other: 'Uw {count} tokens' },
  'col.name': 'Naam',
  'col.created': 'Aangemaakt',
  'col.lastUsed': 'Laatst gebruikt',
  'col.status': 'Status',
  'col.actions': 'Acties',
  'tokens.never': 'Nooit',
  'tokens.active': 'Actief',
  'tokens.revoked': 'Ingetrokken',
  'tokens.revoke': 'Intrekken',
  'create.title': 'Een token aanmaken',
  'create.name': 'Naam',
  'create.nameHint': 'Waarvoor het dient, zodat u het later herkent. Bijvoorbeeld: Nachtelijke export van uitslagen.',
  'create.submit': 'Token aanmaken',
  'create.working': 'Het token wordt aangemaakt…',
  'create.errorTitle': 'Het token is niet aangemaakt',
  'create.nameRequired': 'Vul een naam in voor het token',
  'created.title': 'Uw nieuwe token',
  'created.status': 'Het token ‘{name}’ is aangemaakt.',
  'created.warning':
    'Kopieer het nu en bewaar het veilig, bijvoorbeeld in een wachtwoordmanager of in de geheime instellingen van uw automatisering. Het wordt niet nog eens getoond. Iedereen die het heeft, kan namens u handelen.',
  'created.label': 'API-token ‘{name}’',
  'created.done': 'Ik heb het bewaard',
  copy: 'Token kopiëren',
  copied: 'Token gekopieerd.',
  copyFailed: 'Het token is geselecteerd: kopieer het met uw toetsenbord of via het menu.',
  'revoke.title': 'Het token ‘{name}’ intrekken?',
  'revoke.body':
    'Scripts en systemen die het gebruiken, werken direct niet meer. Dit kan niet ongedaan worden gemaakt, maar u kunt een nieuw token aanmaken.',
  'revoke.confirm': 'Ja, intrekken',
  'revoke.done': 'Het token ‘{name}’ is ingetrokken.',
  'revoke.errorTitle': 'Het token is niet ingetrokken',
  cancel: 'Annuleren',
  'role.admin': 'beheerder',
  'role.editor': 'redacteur',
  'role.moderator': 'moderator',
  'role.analyst': 'analist',
};

export default messages;
