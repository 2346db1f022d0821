import type { Db } from '../db/schema.js';
import { changed } from '../domain/context.js';

/** How many confirmation mails a mailbox may get (docs/operations.md). */
export interface MailLimits {
  /** At least this long between two mails about the same petition. */
  intervalMs: number;
  /** At most this many mails a day, over all petitions. */
  perDay: number;
}

const DAY = 86_400_000;

/**
 * Takes one mail from a mailbox's allowance, in the caller's transaction, and
 * says whether it may be sent. Each check is one conditional upsert: on
 * PostgreSQL concurrent requests for the same mailbox wait for each other's
 * row and see its new value, so the limits hold across requests and server
 * instances; on SQLite writes run one at a time.
 */
export async function takeMail(db: Db, limits: MailLimits, mailbox: string, petitionId: string, nowMs: number): Promise<boolean> {
  // One mail per petition per interval…
  const interval = await db
    .insertInto('mail_limits')
    .values({ key: `${mailbox}:${petitionId}`, last_ms: nowMs, window_ms: nowMs, count: 1 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ last_ms: nowMs, window_ms: nowMs, count: 1 })
        .where('mail_limits.last_ms', '<=', nowMs - limits.intervalMs),
    )
    .executeTakeFirst();
  if (!changed(interval)) return false;
  // …and a few a day in all. A day is counted from the first mail of the window.
  const daily = await db
    .insertInto('mail_limits')
    .values({ key: mailbox, last_ms: nowMs, window_ms: nowMs, count: 1 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          last_ms: nowMs,
          window_ms: eb
            .case()
            .when('mail_limits.window_ms', '<=', nowMs - DAY)
            .then(nowMs)
            .else(eb.ref('mail_limits.window_ms'))
            .end(),
          count: eb
            .case()
            .when('mail_limits.window_ms', '<=', nowMs - DAY)
            .then(1)
            .else(eb('mail_limits.count', '+', 1))
            .end(),
        }))
        .where((eb) => eb.or([eb('mail_limits.window_ms', '<=', nowMs - DAY), eb('mail_limits.count', '<', limits.perDay)])),
    )
    .executeTakeFirst();
  return changed(daily);
}

/** Forgets allowances that no longer limit anything. */
export async function pruneMailLimits(db: Db, limits: MailLimits, nowMs: number): Promise<void> {
  await db
    .deleteFrom('mail_limits')
    .where('last_ms', '<=', nowMs - Math.max(limits.intervalMs, DAY))
    .where('window_ms', '<=', nowMs - DAY)
    .execute();
}
