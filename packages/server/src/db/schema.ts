import type { Generated, Kysely } from 'kysely';
import type { ConsoleTables } from './schema-console.js';
import type { ClusterTables } from './schema-cluster.js';

/*
 * Table shapes. JSON columns hold the resource definition as text (the same on
 * SQLite and PostgreSQL); counters are kept exact inside the transactions
 * that change them; times are epoch milliseconds.
 */

export interface PollsTable {
  id: string;
  data: string;
  created_ms: number;
  /** When it closed (0015; see domain/retention.ts): set by the write that closed it, or by the retention run. */
  closed_ms: Generated<number | null>;
  /** When its participants' hashes were removed (0015): it can no longer reopen. */
  erased_ms: Generated<number | null>;
}
/**
 * Vote counts in shards: a poll's count for an option is the sum over its
 * shards, and `option_id = ''` counts participants. Each vote adds to one shard
 * (chosen by participant), so concurrent votes on one poll do not all wait for
 * the same row lock (PostgreSQL) before they can commit.
 */
export interface PollTalliesTable {
  poll_id: string;
  option_id: string;
  shard: number;
  count: number;
}
export interface BallotsTable {
  poll_id: string;
  voter: string;
  choices: string;
  ip: string | null;
  created_ms: number;
  updated_ms: number;
}
export interface ThreadsTable {
  id: string;
  data: string;
  comment_count: number;
  created_ms: number;
}
export interface CommentsTable {
  id: Generated<number>;
  thread_id: string;
  parent_id: number | null;
  depth: number;
  author_name: string | null;
  body: string;
  /** The language it was written in; `null` when not known. */
  lang: string | null;
  status: string;
  voter: string | null;
  score: Generated<number>;
  reply_count: Generated<number>;
  /** Open reports: those no moderator's decision has settled yet (see ReportsTable.settled_ms). */
  report_count: Generated<number>;
  ip: string | null;
  created_ms: number;
  /** The reply subscription it was posted with (0020; see domain/reply-mail.ts). */
  reply_subscription: number | string | null;
  /** 1 once it was mailed as a reply to its parent's subscriber (or found to need no mail). */
  reply_mailed: Generated<number>;
}
export interface UpvotesTable {
  comment_id: number;
  voter: string;
}
export interface ReportsTable {
  comment_id: number;
  voter: string;
  /** Keyed hash of the reporter's truncated address. */
  ip: string | null;
  reason: string;
  note: string | null;
  created_ms: number;
  /**
   * When a moderator's decision on the comment settled the report (0014); NULL
   * while open. Settled reports are kept for the record, but neither the queue
   * nor the hiding threshold counts them.
   */
  settled_ms: number | null;
}
export interface PetitionsTable {
  id: string;
  data: string;
  signature_count: number;
  created_ms: number;
  /** When it closed (0015; see domain/retention.ts): set by the write that closed it, or by the retention run. */
  closed_ms: Generated<number | null>;
  /** When its signers' addresses were removed (0015): it can no longer reopen. */
  erased_ms: Generated<number | null>;
}
export interface SignaturesTable {
  id: Generated<number>;
  petition_id: string;
  /** The address as typed (lower case); NULL once removed by retention (0015). */
  email: string | null;
  name: string;
  region_id: string | null;
  show_name: number;
  /** pending, confirmed (counted), or invalidated by staff (never counts again). */
  status: string;
  /** SHA-256 of the confirmation token; NULL once the address is removed (the token derives from it). */
  token_hash: string | null;
  source_url: string | null;
  ip: string | null;
  created_ms: number;
  confirmed_ms: number | null;
  /**
   * Keyed hash of the canonical address (see canonicalEmail): one signature per
   * mailbox and petition. `email` keeps the address as typed, for mail and exports.
   * NULL for rows written before 0004 until start-up fills it in, and once the
   * address is removed by retention; a confirmed duplicate found at 0004 keeps
   * `<key>.<id>` (see backfillEmailKeys).
   */
  email_key: string | null;
  /** The widget's language when signing (BCP 47), for the mail and the confirmation page. */
  lang: string | null;
  /** The canonical address's domain (0013; see domainOf), for abuse watch and bulk invalidation. */
  email_domain: string | null;
  /** When staff invalidated it (status `invalidated`, 0013). */
  invalidated_ms: number | null;
  /** 1: the signer asked for e-mails about the petition (milestones, response, closing; 0017). */
  updates: Generated<number>;
  /** The verified person who signed (keyed hash of issuer + subject; 0018), on petitions for verified participants only. */
  person: string | null;
}
/** A mailing to a petition's signers who asked for updates (see domain/signer-updates.ts). */
export interface PetitionMailingsTable {
  id: Generated<number>;
  petition_id: string;
  /** milestone, response or closed. */
  kind: string;
  /** Which milestone (its count) or response (its time): one mailing each. */
  reference: string;
  /** sending, done, or superseded (a corrected response went out instead). */
  state: string;
  /** The last signature id written to the outbox: sending goes on after it. */
  cursor_id: Generated<number>;
  /** Mails written to the outbox so far. */
  queued: Generated<number>;
  created_ms: number;
  finished_ms: number | null;
}
export interface ServicesTable {
  id: string;
  data: string;
  created_ms: number;
}
export interface RatingsTable {
  id: string;
  service_id: string;
  voter: string;
  score: number;
  reasons: string;
  comment: string | null;
  page_url: string | null;
  ip: string | null;
  created_ms: number;
  updated_ms: number;
}
export interface IdempotencyTable {
  voter: string;
  key: string;
  route: string;
  status: number;
  body: string;
  created_ms: number;
}
export interface OutboxTable {
  id: Generated<number>;
  /** Masked (`a***@example.org`) once redacted. */
  to_addr: string;
  subject: string;
  /** The mail's text with its confirmation link replaced by LINK_PLACEHOLDER. */
  text: string;
  /** The live confirmation link, until the mail is sent or expires (then NULL). */
  link: string | null;
  sent: number;
  /** 1 once the link is gone and the address masked. */
  redacted: Generated<number>;
  /** 1: the link is a one-click unsubscribe, also sent as List-Unsubscribe (RFC 8058; 0017). */
  unsubscribe: Generated<number>;
  /** The signer-updates mailing it belongs to, if any (0017). */
  mailing_id: number | null;
  created_ms: number;
}
/**
 * Confirmation mails per mailbox (keyed hash of the canonical address): at most
 * `count` mails in the window that started at `window_ms`, the last at `last_ms`.
 */
export interface MailLimitsTable {
  key: string;
  last_ms: number;
  window_ms: number;
  count: number;
}
/** Identity tokens already used (0018): each serves one action, until it expires. */
export interface IdentityTokensTable {
  /** SHA-256 of the token. */
  id: string;
  /** The action it was used for: route and idempotency key. */
  request: string;
  expires_ms: number;
}
/** Proof-of-work challenges already used (0019): each pays for one write, until it expires. */
export interface ChallengeSolutionsTable {
  /** SHA-256 of the challenge's signature. */
  id: string;
  expires_ms: number;
}
/** An address that asked to hear of replies in a thread (0020; see domain/reply-mail.ts). */
export interface ReplySubscriptionsTable {
  id: Generated<number>;
  thread_id: string;
  /** Keyed hash of the canonical address: one subscription per mailbox and thread. */
  email_key: string;
  /** `null` once stopped or erased. */
  email: string | null;
  lang: string | null;
  /** The page of the comment that asked, for the link in the mails. */
  source_url: string | null;
  /** `pending` (not confirmed: nothing is sent but the confirmation), `active` or `stopped`. */
  state: string;
  requested_ms: number;
  confirmed_ms: number | null;
  last_comment_ms: number;
  last_digest_ms: number | null;
  /** When the next digest is due; `null` while none is. */
  digest_due_ms: number | null;
}
/** Addresses (keyed hashes) that stopped every reply mail, now and later. */
export interface ReplyOptoutsTable {
  email_key: string;
  created_ms: number;
}
export interface SettingsTable {
  key: string;
  value: string;
}

/** Every table: the citizen side here, the agency's side in schema-console.ts. */
export interface Database extends ConsoleTables, ClusterTables {
  polls: PollsTable;
  poll_tallies: PollTalliesTable;
  ballots: BallotsTable;
  threads: ThreadsTable;
  comments: CommentsTable;
  upvotes: UpvotesTable;
  reports: ReportsTable;
  petitions: PetitionsTable;
  signatures: SignaturesTable;
  services: ServicesTable;
  ratings: RatingsTable;
  idempotency: IdempotencyTable;
  outbox: OutboxTable;
  petition_mailings: PetitionMailingsTable;
  mail_limits: MailLimitsTable;
  settings: SettingsTable;
  identity_tokens: IdentityTokensTable;
  challenge_solutions: ChallengeSolutionsTable;
  reply_subscriptions: ReplySubscriptionsTable;
  reply_optouts: ReplyOptoutsTable;
}

export type Db = Kysely<Database>;
