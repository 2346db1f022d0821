import { AlreadyDoneError, ClosedError, NotFoundError } from '@civic-widgets/core';
import { type Context, fromJson } from './context.js';
import { noteClosing } from './retention.js';

/*
 * Archived content is finished business. An archived poll, thread, petition
 * or service carries `archivedAt` in its stored JSON; nothing else about it
 * changes. Citizens, and every rule that decides what they may do, see it
 * closed (`asPublic`), so it takes no votes, comments, signatures or ratings
 * and its text and results stay as they were, while the widgets need no
 * new state. Staff cannot change it until they unarchive it, which gives
 * back exactly what was stored before.
 */

/** What archiving adds to a stored resource. */
export interface Archivable {
  /** When it was archived; absent when it is not. */
  archivedAt?: string;
}

type Table = 'polls' | 'threads' | 'petitions' | 'services';
type Stored = { status: string; allowChange?: boolean } & Archivable;

const NOUNS: Record<Table, string> = { polls: 'poll', threads: 'discussion', petitions: 'petition', services: 'service' };

/**
 * The resource as citizens see it: an archived one that was open is closed
 * (a draft stays a draft, unseen; closed and responded stay so), and
 * `archivedAt` is not theirs to see.
 */
export function asPublic<T extends { status: string }>(resource: T & Archivable): T {
  const { archivedAt, ...rest } = resource;
  return (archivedAt && rest.status === 'open' ? { ...rest, status: 'closed' } : rest) as T;
}

/** Refuses a change to an archived resource's definition, status or response: it is unarchived first. */
export function checkNotArchived(resource: Archivable, noun: string): void {
  if (resource.archivedAt) throw new ClosedError(`This ${noun} is archived: unarchive it before changing it`);
}

/**
 * Archives (or unarchives) a resource in the caller's transaction. Archiving
 * twice, or unarchiving what is not archived, is `already-done`. For polls
 * and petitions the closing time kept for retention follows what citizens
 * see (see retention.ts): archiving an open one closes it, and unarchiving it
 * reopens it — refused once its participants' identifiers are due for removal.
 */
export async function setArchived(ctx: Context, table: Table, id: string, archived: boolean): Promise<void> {
  await ctx.transact(async (tx) => {
    // The four tables have the same `id` and `data` columns; the table is a parameter.
    const db = tx.db as unknown as Context['db'];
    let query = db
      .selectFrom(table as 'polls')
      .select('data')
      .where('id', '=', id);
    if (tx.dialect === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw new NotFoundError(`No ${NOUNS[table]} "${id}"`);
    const { archivedAt, ...stored } = fromJson<Stored>(row.data);
    if (archived === !!archivedAt) throw new AlreadyDoneError(`This ${NOUNS[table]} is ${archived ? 'already' : 'not'} archived`);
    const next: Stored = archived ? { ...stored, archivedAt: tx.now().toISOString() } : stored;
    await db
      .updateTable(table as 'polls')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', id)
      .execute();
    if (table === 'polls' || table === 'petitions')
      await noteClosing(tx, table, id, asPublic(next), table === 'petitions' || !stored.allowChange);
  });
}
