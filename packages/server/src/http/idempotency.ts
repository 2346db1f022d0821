import { InvalidInputError } from '@civic-widgets/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/schema.js';
import type { Actor, Context } from '../domain/context.js';

const KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** Keys are remembered this long; a retry comes within seconds. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export interface Outcome {
  status: number;
  body: unknown;
}

/** One request's claim on its key: a participant's key is theirs alone, and bound to one route. */
export interface Claim {
  voter: string;
  key: string;
  route: string;
}

/** What reserving a key found: it is this request's now, or an earlier request's answer to replay. */
export type Reservation = { reserved: true } | { reserved: false; replay: Outcome } | { reserved: false; error: Error };

/** The request's `Idempotency-Key`, checked; `undefined` when it sent none. */
export function idempotencyKey(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) return undefined;
  if (!KEY.test(key)) {
    throw new InvalidInputError('Idempotency-Key must be 8–128 characters A–Z, a–z, 0–9, "-", "_"', {
      fieldErrors: [{ path: 'Idempotency-Key', message: 'Malformed' }],
    });
  }
  return key;
}

/** The route a key is bound to. */
export function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.url.split('?')[0]}`;
}

const byVoterAndKey = (a: Claim, b: Claim) =>
  a.voter < b.voter ? -1 : a.voter > b.voter ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
const idOf = (c: { voter: string; key: string }) => `${c.voter}\u0000${c.key}`;

/**
 * Reserves the claims' keys in the current transaction, all in one statement
 * (each (voter, key) at most once). A key already held meets the reservation:
 * on PostgreSQL the insert waits for the transaction that holds it and then
 * reads its stored answer; on SQLite writes run one after another. A key
 * expired (older than the TTL) is taken over as if it were new.
 */
export async function reserveKeys(tx: Context, claims: readonly Claim[]): Promise<Reservation[]> {
  if (claims.length === 0) return [];
  const nowMs = tx.now().getTime();
  // In one order everywhere, so that concurrent batches lock keys alike.
  const rows = [...claims]
    .sort(byVoterAndKey)
    .map((c) => ({ voter: c.voter, key: c.key, route: c.route, status: 0, body: '', created_ms: nowMs }));
  const taken = await tx.db
    .insertInto('idempotency')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['voter', 'key'])
        .doUpdateSet((eb) => ({ route: eb.ref('excluded.route'), status: 0, body: '', created_ms: nowMs }))
        .where('idempotency.created_ms', '<', nowMs - IDEMPOTENCY_TTL_MS),
    )
    .returning(['voter', 'key'])
    .execute();
  const reserved = new Set(taken.map(idOf));
  const held = claims.filter((c) => !reserved.has(idOf(c)));
  const stored = new Map<string, { route: string; status: number; body: string }>();
  if (held.length > 0) {
    const found = await tx.db
      .selectFrom('idempotency')
      .select(['voter', 'key', 'route', 'status', 'body'])
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple('voter', 'key'),
          'in',
          held.map((c) => tuple(c.voter, c.key)),
        ),
      )
      .execute();
    for (const row of found) stored.set(idOf(row), row);
  }
  return claims.map((claim): Reservation => {
    if (reserved.has(idOf(claim))) return { reserved: true };
    const row = stored.get(idOf(claim));
    if (!row) throw new Error('An idempotency key was neither reserved nor stored');
    if (row.route !== claim.route)
      return {
        reserved: false,
        error: new InvalidInputError('This Idempotency-Key was used for another request', {
          fieldErrors: [{ path: 'Idempotency-Key', message: 'Used for another request' }],
        }),
      };
    return {
      reserved: false,
      replay: { status: row.status, body: row.body === '' ? undefined : JSON.parse(row.body) },
    };
  });
}

/** Stores the answers of reserved claims, in one statement, for their retries to replay. */
export async function storeAnswers(tx: Context, answers: readonly (Claim & Outcome)[]): Promise<void> {
  if (answers.length === 0) return;
  const nowMs = tx.now().getTime();
  await tx.db
    .insertInto('idempotency')
    .values(
      [...answers].sort(byVoterAndKey).map((a) => ({
        voter: a.voter,
        key: a.key,
        route: a.route,
        status: a.status,
        body: a.body === undefined ? '' : JSON.stringify(a.body),
        created_ms: nowMs,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['voter', 'key']).doUpdateSet((eb) => ({ status: eb.ref('excluded.status'), body: eb.ref('excluded.body') })),
    )
    .execute();
}

/** Gives back the keys of reserved claims whose action was refused: their retries are judged afresh. */
export async function releaseKeys(tx: Context, claims: readonly Claim[]): Promise<void> {
  if (claims.length === 0) return;
  await tx.db
    .deleteFrom('idempotency')
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('voter', 'key'),
        'in',
        claims.map((c) => tuple(c.voter, c.key)),
      ),
    )
    .execute();
}

/**
 * Runs a write once per `Idempotency-Key`: a retried request with the same key
 * from the same participant gets the first answer (marked
 * `Idempotent-Replayed: true`) instead of acting twice.
 *
 * The key is reserved, the action done and its answer stored in one
 * transaction. A concurrent request with the same key meets the reservation
 * (see `reserveKeys`) and replays; it never acts twice. A refused action
 * rolls back with its reservation, so its retry is refused (or accepted)
 * afresh. Writes batched by a write queue (http/write-queue.ts) use the same
 * three steps for many requests at once.
 */
export async function idempotent(
  ctx: Context,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  run: (tx: Context) => Promise<Outcome>,
): Promise<unknown> {
  const key = idempotencyKey(request);
  if (key === undefined) {
    const { status, body } = await run(ctx);
    reply.code(status);
    return body;
  }
  const claim: Claim = { voter: actor.voter, key, route: routeOf(request) };
  const { outcome, replayed } = await ctx.transact(async (tx) => {
    const [reservation] = await reserveKeys(tx, [claim]);
    if (!reservation!.reserved) {
      if ('error' in reservation!) throw reservation.error;
      return { outcome: reservation!.replay, replayed: true };
    }
    const outcome = await run(tx);
    await storeAnswers(tx, [{ ...claim, ...outcome }]);
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
