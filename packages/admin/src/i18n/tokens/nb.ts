import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Siden API-nøkler, på norsk bokmål. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API-nøkler',
  'tokens.intro':
    'Med en API-nøkkel kan et skript eller et annet system bruke administrasjons-API-et på dine vegne, for å automatisere arbeid som en nattlig eksport av resultater. Den kan gjøre det rollen din tillater ({role}).',
  'tokens.howTo': 'Skriptet sender nøkkelen i Authorization-headeren i hver forespørsel:',
  'tokens.loading': 'Laster inn nøklene dine…',
  'tokens.loadError': 'Nøklene dine kunne ikke lastes inn: {detail}',
  'tokens.retry': 'Prøv igjen',
  'tokens.none': 'Du har ingen API-nøkler.',
  'tokens.caption': { one: 'Din {count} nøkkel', other: 'Dine {count} nøkler' },
  'col.name': 'Navn',
  'col.created': 'Opprettet',
  'col.lastUsed': 'Sist brukt',
  'col.status': 'Status',
  'col.actions': 'Handlinger',
  'tokens.never': 'Aldri',
  'tokens.active': 'Aktiv',
  'tokens.revoked': 'Trukket tilbake',
  'tokens.revoke': 'Trekk tilbake',
  'create.title': 'Opprett en nøkkel',
  'create.name': 'Navn',
  'create.nameHint': 'Hva den skal brukes til, slik at du kjenner den igjen senere. For eksempel: Nattlig eksport av resultater.',
  'create.submit': 'Opprett nøkkel',
  'create.working': 'Oppretter nøkkelen…',
  'create.errorTitle': 'Nøkkelen ble ikke opprettet',
  'create.nameRequired': 'Skriv inn et navn på nøkkelen',
  'created.title': 'Den nye nøkkelen din',
  'created.status': 'Nøkkelen «{name}» er opprettet.',
  'created.warning':
    'Kopier den nå og oppbevar den trygt, for eksempel i en passordbehandler eller i de hemmelige innstillingene for automatiseringen din. Den vises ikke igjen. Alle som har den, kan opptre som deg.',
  'created.label': 'API-nøkkel «{name}»',
  'created.done': 'Jeg har lagret den',
  copy: 'Kopier nøkkel',
  copied: 'Nøkkelen er kopiert.',
  copyFailed: 'Nøkkelen er merket: kopier den med tastaturet eller menyen.',
  'revoke.title': 'Trekke tilbake nøkkelen «{name}»?',
  'revoke.body':
    'Skript og systemer som bruker den, slutter å virke med en gang. Dette kan ikke angres, men du kan opprette en ny nøkkel.',
  'revoke.confirm': 'Ja, trekk tilbake',
  'revoke.done': 'Nøkkelen «{name}» er trukket tilbake.',
  'revoke.errorTitle': 'Nøkkelen ble ikke trukket tilbake',
  cancel: 'Avbryt',
  'role.admin': 'administrator',
  'role.editor': 'redaktør',
  'role.moderator': 'moderator',
  'role.analyst': 'analytiker',
};

export default messages;
