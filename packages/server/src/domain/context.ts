import type { Identity } from '../auth/identity.js';
import type { LiveHub } from '../live/hub.js';
import type { Logger, MailService, Mailer } from '../mail/mailer.js';
import type { Db } from '../db/schema.js';
import type { Dialect } from '../db/connect.js';
import type { SiteList } from './sites.js';
import type { BlockList } from './blocks.js';
import type { Agency, RetentionRules, SigningRules } from '../config.js';

/**
 * What every domain operation may use. Inside `transact`, the context's `db`
 * is the transaction: code that receives a context never needs to know
 * whether it runs inside one, and never reaches past it to the pool (on
 * SQLite, one connection: a query outside the open transaction would wait for
 * it forever).
 */
export interface Context {
  db: Db;
  dialect: Dialect;
  /**
   * Runs `work` in a write transaction (batched with others on SQLite) and
   * resolves once it is committed. Inside a transaction it joins the one
   * already open, so an action and its idempotency record commit together.
   */
  transact<T>(work: (tx: Context) => Promise<T>): Promise<T>;
  /**
   * Runs `effect` once the current transaction has committed (at once outside
   * one): live events and mail delivery must never announce what a rollback
   * then undoes.
   */
  afterCommit(effect: () => void): void;
  hub: LiveHub;
  /** Queues mail in the current transaction; delivery starts after commit. */
  mailer: Mailer;
  log: Logger;
  /** The server's public base URL, for links in e-mails. */
  publicUrl: string;
  /** Origins allowed to embed the widgets; also where confirmation pages may link back to. */
  allowedOrigins: readonly string[];
  /** Origins allowed to write besides `allowedOrigins`: managed in the console (see domain/sites.ts). */
  sites: SiteList;
  /** Participants and networks blocked by moderators: checked on every public write (see domain/blocks.ts). */
  blocks: BlockList;
  now(): Date;
  /** A URL-safe token derived from `value` with CIVIC_SECRET (confirmation links). */
  keyedToken(value: string): string;
  /** The stored form of an e-mail address: a keyed hash of its canonical form (one per mailbox). */
  emailKey(address: string): string;
  /** Confirmation links and mails of petition signatures (see config.ts). */
  signing: SigningRules;
  /** How long participants' identifiers outlive their closed poll or petition (see domain/retention.ts). */
  retention: RetentionRules;
  /** Whether commenters may ask for e-mails about replies (see domain/reply-mail.ts). */
  replyMail: boolean;
  /** Who runs this server: named on confirmation pages and in mails. */
  agency: Agency;
}

/** Who is acting: the stored (hashed) forms of their participant token and address. */
export interface Actor {
  voter: string;
  ip: string | null;
  /** The verified participant behind a write, when it carried an identity token (see auth/identity.ts). */
  identity?: Identity;
  /** Whether the write came with a solved proof-of-work challenge (see security/challenge.ts). */
  challenged?: boolean;
}

/** One write's fate in a batch: its value, or the error that refused it (never thrown, so the others go on). */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Parses a JSON column written by this server. */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Whether an insert or update touched a row (drivers report bigint or number). */
export function changed(result: { numInsertedOrUpdatedRows?: bigint; numUpdatedRows?: bigint } | undefined): boolean {
  return Number(result?.numInsertedOrUpdatedRows ?? result?.numUpdatedRows ?? 0) > 0;
}

/** What a context is made of, besides its transactions and mail. */
export type ContextBase = Omit<Context, 'transact' | 'afterCommit' | 'mailer'>;

/**
 * The server's root context. `rawTransact` opens a database transaction (see
 * db/batch.ts); each one gets a context of its own whose `db` is that
 * transaction and whose effects wait for the commit.
 */
export function createContext(
  base: ContextBase,
  rawTransact: <T>(work: (trx: Db) => Promise<T>) => Promise<T>,
  mail: MailService,
): Context {
  const now = (effect: () => void) => effect();
  const root: Context = {
    ...base,
    mailer: mail.bind(base.db, now, () => root.now()),
    afterCommit: now,
    async transact(work) {
      const effects: (() => void)[] = [];
      const queue = (effect: () => void) => void effects.push(effect);
      const value = await rawTransact((trx) => {
        // Read the root's fields now: tests and start-up replace `now` and `log`.
        const tx: Context = {
          ...root,
          db: trx,
          transact: (inner) => inner(tx),
          afterCommit: queue,
          mailer: mail.bind(trx, queue, () => tx.now()),
        };
        return work(tx);
      });
      for (const effect of effects) {
        try {
          effect();
        } catch (error) {
          root.log.error({ err: error }, 'after-commit effect failed');
        }
      }
      return value;
    },
  };
  return root;
}
