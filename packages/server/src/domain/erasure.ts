import { canonicalEmail } from '@civic-widgets/core';
import { sql } from 'kysely';
import { maskEmail } from '../mail/outbox.js';
import type { Context } from './context.js';
import { eraseReplySubscriptions } from './reply-mail.js';

export interface Erasure {
  /** Petitions the person had signed (ids). */
  petitions: string[];
  /** Signatures that keep counting, with nothing left that names the person. */
  anonymised: number;
  /** Unconfirmed signatures deleted (they never counted). */
  deleted: number;
  /** Mails to the address whose address and link were still kept: masked now, link dropped. */
  mailsRedacted: number;
  /** Discussions where the address asked for e-mails about replies: forgotten. */
  replySubscriptions: number;
}

/**
 * Erases what the server holds about a person, found by e-mail address
 * however spelt (through the keyed hash, as signature search): their
 * signatures keep counting but lose the address, its hashes, name, network
 * and confirmation token; unconfirmed ones go; mail still holding the
 * address is masked; its subscriptions to replies go.
 * Participants' votes, comments and ratings are not tied to an address (see
 * GET /participant/data for those). One transaction: all of it or nothing.
 */
export async function erasePerson(ctx: Context, email: string): Promise<Erasure> {
  const key = ctx.emailKey(email.trim().toLowerCase());
  return ctx.transact(async (tx) => {
    const mine = tx.db
      .selectFrom('signatures')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('email_key', '=', key),
          // Keys made unique by a suffix (`<key>.<n>`): an exact prefix, never a pattern.
          eb(sql<string>`substr(${sql.ref('email_key')}, 1, ${sql.lit(key.length + 1)})`, '=', `${key}.`),
        ]),
      );
    const rows = await tx.db.selectFrom('signatures').select(['id', 'petition_id', 'status']).where('id', 'in', mine).execute();
    const pending = rows.filter((r) => r.status === 'pending').map((r) => r.id);
    const kept = rows.filter((r) => r.status !== 'pending').map((r) => r.id);
    if (pending.length) await tx.db.deleteFrom('signatures').where('id', 'in', pending).execute();
    if (kept.length)
      await tx.db
        .updateTable('signatures')
        .set({
          email: null,
          email_key: null,
          email_domain: null,
          token_hash: null,
          ip: null,
          person: null,
          name: '',
          show_name: 0,
        })
        .where('id', 'in', kept)
        .execute();
    // The outbox keeps an address until its mail is sent (then masked): mask it now. A mail not yet
    // sent goes out to no one: its address is no longer there (the job fails and shows as failed).
    const mailbox = canonicalEmail(email);
    const unredacted = await tx.db.selectFrom('outbox').select(['id', 'to_addr']).where('redacted', '=', 0).execute();
    const theirs = unredacted.filter((m) => canonicalEmail(m.to_addr) === mailbox).map((m) => m.id);
    if (theirs.length)
      await tx.db
        .updateTable('outbox')
        .set({ to_addr: maskEmail(mailbox), link: null, redacted: 1 })
        .where('id', 'in', theirs)
        .execute();
    const replySubscriptions = await eraseReplySubscriptions(tx, email);
    return {
      petitions: [...new Set(rows.map((r) => r.petition_id))].sort(),
      anonymised: kept.length,
      deleted: pending.length,
      mailsRedacted: theirs.length,
      replySubscriptions,
    };
  });
}
