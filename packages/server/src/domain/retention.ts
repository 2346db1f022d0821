import { InvalidInputError, phaseOf } from '@civic-widgets/core';
import { sql } from 'kysely';
import { asPublic } from './archive.js';
import { type Context, changed, fromJson } from './context.js';

/*
 * How long participants' identifiers outlive a closed poll or petition
 * (docs/privacy.md). Run by the hourly housekeeping job:
 *
 * - a petition's signers lose their address, its keyed hash, the confirmation
 *   token derived from it and their network's hash `signerEmailMs` after the
 *   petition closed; the signature stays, counted, with its name, region,
 *   name visibility and confirmation state;
 * - a pending signature is deleted a week after its link expired;
 * - a poll that allows no change of vote loses its voters' participant and
 *   network hashes `voterMs` after it closed; each ballot stays, with its
 *   choices and times, under a random stand-in, so counts and results do not
 *   move.
 *
 * When a resource closed is kept in `closed_ms`: set by the write that
 * closed or archived it (or, for one closed by its closing date or before
 * 0015, by the first run that sees it closed), cleared when staff reopen or
 * unarchive it. Without the
 * identifiers the one-per-participant rules cannot hold, so a resource whose
 * identifiers are due for removal cannot be reopened.
 *
 * Every step works in batches, each its own short transaction, and chooses
 * rows by what is still there to remove: a run interrupted half-way is
 * finished by the next one, and a run with nothing due changes nothing.
 */

/** A pending signature is deleted this long after its confirmation link expired. */
export const PENDING_GRACE_MS = 7 * 86_400_000;
/** Rows changed per transaction. */
const BATCH = 500;
/** What stands in for a removed participant hash (hashes are base64url: never a colon). */
const ERASED = 'erased:';

export interface RetentionReport {
  /** Petitions whose signers' addresses were all removed by this run. */
  petitionsErased: number;
  /** Signatures whose address this run removed. */
  signerAddressesRemoved: number;
  /** Pending signatures deleted after their link expired. */
  pendingSignaturesDeleted: number;
  /** Polls whose voters' hashes were all removed by this run. */
  pollsErased: number;
  /** Ballots whose participant hash this run removed. */
  voterHashesRemoved: number;
}

type Table = 'polls' | 'petitions';
interface Phased {
  status: string;
  opensAt?: string | null;
  closesAt?: string | null;
}

/** When a closed resource closed: its closing date if that has passed, else now (staff closed it). */
function closedAt(resource: Phased, nowMs: number): number {
  const closes = resource.closesAt ? Date.parse(resource.closesAt) : NaN;
  return closes <= nowMs ? closes : nowMs;
}

function keptMs(ctx: Context, table: Table): number {
  return table === 'polls' ? ctx.retention.voterMs : ctx.retention.signerEmailMs;
}

/**
 * Called by every write of a poll's or petition's definition or status, in
 * its transaction, with what it becomes: records when it closed, or clears
 * that when it reopens — unless its identifiers are removed or due to be
 * (`erasable`: the rule applies to it), which refuses the write.
 */
export async function noteClosing(tx: Context, table: Table, id: string, next: Phased, erasable: boolean): Promise<void> {
  const now = tx.now();
  const nowMs = now.getTime();
  // Polls and petitions have the same columns here; the table is a parameter.
  const db = tx.db as unknown as Context['db'];
  const row = await db
    .selectFrom(table as 'polls')
    .select(['closed_ms', 'erased_ms'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return;
  if (phaseOf(next, now) === 'closed') {
    if (row.closed_ms === null)
      await db
        .updateTable(table as 'polls')
        .set({ closed_ms: closedAt(next, nowMs) })
        .where('id', '=', id)
        .where('closed_ms', 'is', null)
        .execute();
    return;
  }
  if (row.closed_ms === null && row.erased_ms === null) return;
  // Conditional, so a removal that starts meanwhile is seen (PostgreSQL re-reads the row it waited for).
  let reopen = db
    .updateTable(table as 'polls')
    .set({ closed_ms: null })
    .where('id', '=', id)
    .where('erased_ms', 'is', null);
  if (erasable) {
    const due = nowMs - keptMs(tx, table);
    reopen = reopen.where((eb) => eb.or([eb('closed_ms', 'is', null), eb('closed_ms', '>', due)]));
  }
  if (!changed(await reopen.executeTakeFirst())) {
    const noun = table === 'polls' ? 'poll' : 'petition';
    const what = table === 'polls' ? "its voters' identifiers" : "its signers' e-mail addresses";
    throw new InvalidInputError(
      `This ${noun} closed long enough ago that ${what} are removed (or about to be), so it cannot reopen: one vote or signature per person could no longer be checked. Create a new ${noun} instead`,
      { fieldErrors: [{ path: 'status', message: 'Cannot reopen' }] },
    );
  }
}

/**
 * Keeps `closed_ms` true to each resource's phase for resources closed or
 * reopened without a write through the domain (a closing date passing, data
 * from before 0015, a seed): only while the definition read is still the
 * stored one.
 */
async function trackClosing(ctx: Context, table: Table, nowMs: number): Promise<void> {
  const db = ctx.db as unknown as Context['db'];
  const rows = await db
    .selectFrom(table as 'polls')
    .select(['id', 'data', 'closed_ms'])
    .where('erased_ms', 'is', null)
    .execute();
  for (const row of rows) {
    // Archived content is closed to citizens, whatever its status (see archive.ts).
    const resource = asPublic(fromJson<Phased>(row.data));
    const closed = phaseOf(resource, new Date(nowMs)) === 'closed';
    if (closed === (row.closed_ms !== null)) continue;
    await ctx.transact((tx) =>
      (tx.db as unknown as Context['db'])
        .updateTable(table as 'polls')
        .set({ closed_ms: closed ? closedAt(resource, nowMs) : null })
        .where('id', '=', row.id)
        .where('data', '=', row.data)
        .where('erased_ms', 'is', null)
        .execute(),
    );
  }
}

/** Applies the retention rules once (the hourly housekeeping job); says what it removed. */
export async function applyRetention(ctx: Context, batch = BATCH): Promise<RetentionReport> {
  const nowMs = ctx.now().getTime();
  const report: RetentionReport = {
    petitionsErased: 0,
    signerAddressesRemoved: 0,
    pendingSignaturesDeleted: 0,
    pollsErased: 0,
    voterHashesRemoved: 0,
  };
  await trackClosing(ctx, 'petitions', nowMs);
  await trackClosing(ctx, 'polls', nowMs);

  const petitionsDue = await ctx.db
    .selectFrom('petitions')
    .select('id')
    .where('erased_ms', 'is', null)
    .where('closed_ms', '<=', nowMs - ctx.retention.signerEmailMs)
    .execute();
  for (const { id } of petitionsDue) {
    const removed = await eraseInBatches(ctx, batch, async (tx) => {
      const result = await tx.db
        .updateTable('signatures')
        .set({ email: null, email_key: null, email_domain: null, token_hash: null, ip: null, person: null })
        .where('petition_id', '=', id)
        .where('email', 'is not', null)
        .where(
          'id',
          'in',
          tx.db.selectFrom('signatures').select('id').where('petition_id', '=', id).where('email', 'is not', null).limit(batch),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
    report.signerAddressesRemoved += removed;
    if (await markErased(ctx, 'petitions', id, nowMs - ctx.retention.signerEmailMs, nowMs)) report.petitionsErased++;
  }

  // Pending signatures: never counted; their link expired a week ago or more.
  const expired = nowMs - ctx.signing.linkTtlMs - PENDING_GRACE_MS;
  report.pendingSignaturesDeleted = await eraseInBatches(ctx, batch, async (tx) => {
    const result = await tx.db
      .deleteFrom('signatures')
      .where('status', '=', 'pending')
      .where('created_ms', '<=', expired)
      .where(
        'id',
        'in',
        tx.db
          .selectFrom('signatures')
          .select('id')
          .where('status', '=', 'pending')
          .where('created_ms', '<=', expired)
          .limit(batch),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  });

  const pollsDue = await ctx.db
    .selectFrom('polls')
    .select(['id', 'data'])
    .where('erased_ms', 'is', null)
    .where('closed_ms', '<=', nowMs - ctx.retention.voterMs)
    .execute();
  for (const { id, data } of pollsDue) {
    // A poll that lets participants change their vote keeps whose ballot is whose.
    if (fromJson<{ allowChange?: boolean }>(data).allowChange) continue;
    const stand = ctx.dialect === 'postgres' ? sql`replace(gen_random_uuid()::text, '-', '')` : sql`lower(hex(randomblob(16)))`;
    const removed = await eraseInBatches(ctx, batch, async (tx) => {
      const result = await tx.db
        .updateTable('ballots')
        .set({ voter: sql<string>`${ERASED} || ${stand}`, ip: null })
        .where('poll_id', '=', id)
        .where('voter', 'not like', `${ERASED}%`)
        .where(
          'voter',
          'in',
          tx.db
            .selectFrom('ballots')
            .select('voter')
            .where('poll_id', '=', id)
            .where('voter', 'not like', `${ERASED}%`)
            .limit(batch),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
    report.voterHashesRemoved += removed;
    if (await markErased(ctx, 'polls', id, nowMs - ctx.retention.voterMs, nowMs)) report.pollsErased++;
  }

  ctx.log.info({ retention: report }, 'retention: identifiers of closed polls and petitions removed');
  return report;
}

/** Runs `step` (one batch, in its own transaction) until a batch finds less than a full one to do; the total. */
async function eraseInBatches(ctx: Context, batch: number, step: (tx: Context) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await ctx.transact(step);
    total += done;
    if (done < batch) return total;
  }
}

/** Marks a resource's identifiers removed — if it is still closed since before `due` (not reopened meanwhile). */
async function markErased(ctx: Context, table: Table, id: string, due: number, nowMs: number): Promise<boolean> {
  const result = await ctx.transact((tx) =>
    (tx.db as unknown as Context['db'])
      .updateTable(table as 'polls')
      .set({ erased_ms: nowMs })
      .where('id', '=', id)
      .where('erased_ms', 'is', null)
      .where('closed_ms', '<=', due)
      .executeTakeFirst(),
  );
  return changed(result);
}
