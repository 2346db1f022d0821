import type { LiveHub } from '../live/hub.js';
import type { Mailer, Logger } from '../mail/mailer.js';
import type { Db } from '../db/schema.js';
import type { Dialect } from '../db/connect.js';
import type { Transact } from '../db/batch.js';

/** What every domain operation may use. */
export interface Context {
  db: Db;
  dialect: Dialect;
  /** Runs a write transaction (batched with others on SQLite). */
  transact: Transact;
  hub: LiveHub;
  mailer: Mailer;
  log: Logger;
  /** The server's public base URL, for links in e-mails. */
  publicUrl: string;
  /** Origins allowed to embed the widgets; also where confirmation pages may link back to. */
  allowedOrigins: readonly string[];
  now(): Date;
  /** A URL-safe token derived from `value` with CIVIC_SECRET (confirmation links). */
  keyedToken(value: string): string;
}

/** Who is acting: the stored (hashed) forms of their participant token and address. */
export interface Actor {
  voter: string;
  ip: string | null;
}

/** Parses a JSON column written by this server. */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Whether an insert or update touched a row (drivers report bigint or number). */
export function changed(result: { numInsertedOrUpdatedRows?: bigint; numUpdatedRows?: bigint } | undefined): boolean {
  return Number(result?.numInsertedOrUpdatedRows ?? result?.numUpdatedRows ?? 0) > 0;
}
