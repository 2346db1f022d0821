import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Siden API-nøgler, på dansk. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-nøgler',
  'tokens.intro':
    'Med en API-nøgle kan et script eller et andet system bruge administrations-API’et på dine vegne, så arbejde som en natlig eksport af resultater kan automatiseres. Den kan det, som din rolle tillader ({role}).',
  'tokens.howTo': 'Scriptet sender nøglen i Authorization-headeren i hver forespørgsel:',
  'tokens.loading': 'Indlæser dine nøgler…',
  'tokens.loadError': 'Dine nøgler kunne ikke indlæses: {detail}',
  'tokens.retry': 'Prøv igen',
  'tokens.none': 'Du har ingen API-nøgler.',
  'tokens.caption': { one: 'Din {count} nøgle', other: 'Dine {count} nøgler' },
  'col.name': 'Navn',
  'col.created': 'Oprettet',
  'col.lastUsed': 'Senest brugt',
  'col.status': 'Status',
  'col.actions': 'Handlinger',
  'tokens.never': 'Aldrig',
  'tokens.active': 'Aktiv',
  'tokens.revoked': 'Tilbagekaldt',
  'tokens.revoke': 'Tilbagekald',
  'create.title': 'Opret en nøgle',
  'create.name': 'Navn',
  'create.nameHint': 'Hvad den skal bruges til, så du kan genkende den senere. For eksempel: Natlig eksport af resultater.',
  'create.submit': 'Opret nøgle',
  'create.working': 'Opretter nøglen…',
  'create.errorTitle': 'Nøglen blev ikke oprettet',
  'create.nameRequired': 'Skriv et navn til nøglen',
  'created.title': 'Din nye nøgle',
  'created.status': 'Nøglen »{name}« er oprettet.',
  'created.warning':
    'Kopiér den nu, og opbevar den sikkert, for eksempel i en adgangskodeadministrator eller i de hemmelige indstillinger for din automatisering. Den bliver ikke vist igen. Alle, der har den, kan handle som dig.',
  'created.label': 'API-nøgle »{name}«',
  'created.done': 'Jeg har gemt den',
  copy: 'Kopiér nøgle',
  copied: 'Nøglen er kopieret.',
  copyFailed: 'Nøglen er markeret: kopiér den med tastaturet eller menuen.',
  'revoke.title': 'Tilbagekald nøglen »{name}«?',
  'revoke.body':
    'Scripts og systemer, der bruger den, holder straks op med at virke. Det kan ikke fortrydes, men du kan oprette en ny nøgle.',
  'revoke.confirm': 'Ja, tilbagekald',
  'revoke.done': 'Nøglen »{name}« er tilbagekaldt.',
  'revoke.errorTitle': 'Nøglen blev ikke tilbagekaldt',
  cancel: 'Annuller',
  'role.admin': 'administrator',
  'role.editor': 'redaktør',
  'role.moderator': 'moderator',
  'role.analyst': 'analytiker',
};

export default messages;
