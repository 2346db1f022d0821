import { InvalidInputError } from '@civic-widgets/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/schema.js';
import type { Actor } from '../domain/context.js';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** Keys are remembered this long; a retry comes within seconds. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

/**
 * Runs a write once per `Idempotency-Key`: a retried request with the same key
 * from the same participant gets the first answer (marked
 * `Idempotent-Replayed: true`) instead of acting twice.
 */
export async function idempotent(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<unknown> {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) {
    const { status, body } = await run();
    reply.code(status);
    return body;
  }
  if (!KEY.test(key)) {
    throw new InvalidInputError('Idempotency-Key must be 8–128 characters A–Z, a–z, 0–9, "-", "_"', {
      fieldErrors: [{ path: 'Idempotency-Key', message: 'Malformed' }],
    });
  }
  const route = `${request.method} ${request.url.split('?')[0]}`;
  const stored = await db
    .selectFrom('idempotency')
    .selectAll()
    .where('voter', '=', actor.voter)
    .where('key', '=', key)
    .executeTakeFirst();
  if (stored && stored.created_ms > Date.now() - IDEMPOTENCY_TTL_MS) {
    if (stored.route !== route) throw new InvalidInputError('This Idempotency-Key was used for another request');
    reply.code(stored.status).header('idempotent-replayed', 'true');
    return stored.body === '' ? undefined : JSON.parse(stored.body);
  }
  // Only successes are remembered: a refused request changed nothing, so its retry is refused the same way.
  const outcome = await run();
  await db
    .insertInto('idempotency')
    .values({
      voter: actor.voter,
      key,
      route,
      status: outcome.status,
      body: outcome.body === undefined ? '' : JSON.stringify(outcome.body),
      created_ms: Date.now(),
    })
    .onConflict((oc) => oc.columns(['voter', 'key']).doNothing())
    .execute();
  reply.code(outcome.status);
  return outcome.body;
}

/** Forgets keys older than the TTL. */
export async function pruneIdempotency(db: Db): Promise<void> {
  await db
    .deleteFrom('idempotency')
    .where('created_ms', '<', Date.now() - IDEMPOTENCY_TTL_MS)
    .execute();
}
