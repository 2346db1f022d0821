import { InvalidInputError } from '@civic-widgets/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/schema.js';
import { type Actor, type Context, changed } from '../domain/context.js';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** Keys are remembered this long; a retry comes within seconds. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export interface Outcome {
  status: number;
  body: unknown;
}

/**
 * Runs a write once per `Idempotency-Key`: a retried request with the same key
 * from the same participant gets the first answer (marked
 * `Idempotent-Replayed: true`) instead of acting twice.
 *
 * The key is reserved, the action done and its answer stored in one
 * transaction. A concurrent request with the same key meets the reservation:
 * on PostgreSQL its insert waits for the first transaction and then sees the
 * stored answer; on SQLite writes run one after another. Either way it replays
 * and never acts twice. A refused action rolls back with its reservation, so
 * its retry is refused (or accepted) afresh.
 */
export async function idempotent(
  ctx: Context,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  run: (tx: Context) => Promise<Outcome>,
): Promise<unknown> {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) {
    const { status, body } = await run(ctx);
    reply.code(status);
    return body;
  }
  if (!KEY.test(key)) {
    throw new InvalidInputError('Idempotency-Key must be 8–128 characters A–Z, a–z, 0–9, "-", "_"', {
      fieldErrors: [{ path: 'Idempotency-Key', message: 'Malformed' }],
    });
  }
  const route = `${request.method} ${request.url.split('?')[0]}`;
  const { outcome, replayed } = await ctx.transact(async (tx) => {
    const nowMs = tx.now().getTime();
    const reserved = await tx.db
      .insertInto('idempotency')
      .values({ voter: actor.voter, key, route, status: 0, body: '', created_ms: nowMs })
      // An expired key is taken over as if it were new.
      .onConflict((oc) =>
        oc
          .columns(['voter', 'key'])
          .doUpdateSet({ route, status: 0, body: '', created_ms: nowMs })
          .where('idempotency.created_ms', '<', nowMs - IDEMPOTENCY_TTL_MS),
      )
      .executeTakeFirst();
    if (!changed(reserved)) {
      const stored = await tx.db
        .selectFrom('idempotency')
        .select(['route', 'status', 'body'])
        .where('voter', '=', actor.voter)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (stored.route !== route)
        throw new InvalidInputError('This Idempotency-Key was used for another request', {
          fieldErrors: [{ path: 'Idempotency-Key', message: 'Used for another request' }],
        });
      return {
        outcome: { status: stored.status, body: stored.body === '' ? undefined : JSON.parse(stored.body) },
        replayed: true,
      };
    }
    const outcome = await run(tx);
    await tx.db
      .updateTable('idempotency')
      .set({ status: outcome.status, body: outcome.body === undefined ? '' : JSON.stringify(outcome.body) })
      .where('voter', '=', actor.voter)
      .where('key', '=', key)
      .execute();
    return { outcome, replayed: false };
  });
  reply.code(outcome.status);
  if (replayed) reply.header('idempotent-replayed', 'true');
  return outcome.body;
}

/** Forgets keys older than the TTL. */
export async function pruneIdempotency(db: Db, nowMs = Date.now()): Promise<void> {
  await db
    .deleteFrom('idempotency')
    .where('created_ms', '<', nowMs - IDEMPOTENCY_TTL_MS)
    .execute();
}
