import type { Generated } from 'kysely';

/* Tables of the agency's side (migration 0010-console). Times are epoch milliseconds. */

export interface StaffTable {
  id: Generated<number>;
  /** Lower case; unique. */
  email: string;
  name: string;
  role: string;
  /** invited (no password yet), active, disabled */
  status: string;
  password_hash: string | null;
  /** Keyed hash of the identity provider's issuer and subject, once signed in with OIDC. */
  oidc_key: string | null;
  created_ms: number;
  last_sign_in_ms: number | null;
}
export interface StaffSessionsTable {
  /** SHA-256 of the session cookie's value: the cookie itself is never stored. */
  id: string;
  staff_id: number;
  /** Sent back by the console in `X-CSRF-Token` on every change. */
  csrf: string;
  via: string;
  ip: string | null;
  user_agent: string | null;
  created_ms: number;
  last_seen_ms: number;
  expires_ms: number;
}
export interface StaffTokensTable {
  id: Generated<number>;
  staff_id: number;
  name: string;
  token_hash: string;
  created_ms: number;
  last_used_ms: number | null;
  revoked_ms: number | null;
}
export interface StaffLinksTable {
  token_hash: string;
  staff_id: number;
  expires_ms: number;
  used_ms: number | null;
}
export interface AuthFailuresTable {
  key: string;
  at_ms: number;
}
export interface AuditLogTable {
  id: Generated<number>;
  at_ms: number;
  /** session, token, break-glass, cli, system */
  actor_kind: string;
  actor_id: number | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  resource_kind: string | null;
  resource_id: string | null;
  /** JSON of the resource before and after an edit. */
  before: string | null;
  after: string | null;
  detail: string | null;
  /** Keyed hash of the actor's network. */
  ip: string | null;
}
export interface SitesTable {
  origin: string;
  note: string | null;
  added_by: string | null;
  created_ms: number;
}
export interface RefusedOriginsTable {
  origin: string;
  count: number;
  first_ms: number;
  last_ms: number;
}
export interface BlocksTable {
  id: Generated<number>;
  /** participant (value: the participant hash) or network (value: the network hash) */
  kind: string;
  value: string;
  reason: string;
  until_ms: number;
  created_by: string | null;
  created_ms: number;
  /** The comment the block was made from (0013), if any: its id and thread. */
  comment_id: number | null;
  thread_id: string | null;
  /** Set when a moderator lifted the block before `until_ms` (0013). */
  lifted_ms: number | null;
  lifted_by: string | null;
}
/** An official petition response being written (0013): previewed in the console, published through the response route. */
export interface ResponseDraftsTable {
  petition_id: string;
  body: string;
  updated_ms: number;
  updated_by: string | null;
}

export interface ConsoleTables {
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  staff_tokens: StaffTokensTable;
  staff_links: StaffLinksTable;
  auth_failures: AuthFailuresTable;
  audit_log: AuditLogTable;
  sites: SitesTable;
  refused_origins: RefusedOriginsTable;
  blocks: BlocksTable;
  response_drafts: ResponseDraftsTable;
}
