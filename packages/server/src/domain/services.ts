import {
  AlreadyDoneError,
  checkLength,
  checkReasons,
  checkScore,
  checkServiceOpen,
  InvalidInputError,
  NotFoundError,
  type RatingAggregate,
  RatingFollowUp,
  RatingInput,
  type RatingReceipt,
  type Service,
  ServiceDefinition,
  type ServiceView,
  aggregateCounts,
  normaliseText,
  parseInput,
  publicAggregate,
  reasonFits,
  scoreSentiment,
  stripPageUrl,
} from '@civic-widgets/core';
import type { Selectable } from 'kysely';
import type { Db, RatingsTable } from '../db/schema.js';
import { randomToken } from '../security/hash.js';
import { type Archivable, asPublic, checkNotArchived } from './archive.js';
import { participantKey } from '../auth/identity.js';
import { type Actor, type Context, changed, fromJson } from './context.js';
import { requireChallenge } from '../security/challenge.js';

type StoredService = Service & Archivable;

async function readService(db: Db, serviceId: string, includeDraft = false): Promise<StoredService> {
  const row = await db.selectFrom('services').select('data').where('id', '=', serviceId).executeTakeFirst();
  const service = row && fromJson<StoredService>(row.data);
  if (!service || (!includeDraft && service.status === 'draft')) throw new NotFoundError(`No service "${serviceId}"`);
  return service;
}

async function writeService(db: Db, service: Service): Promise<Service> {
  await db
    .updateTable('services')
    .set({ data: JSON.stringify(service) })
    .where('id', '=', service.id)
    .execute();
  return service;
}

/** The aggregate from one grouped query over the (service_id, score) index. */
async function aggregateOf(db: Db, service: Service): Promise<RatingAggregate> {
  const rows = await db
    .selectFrom('ratings')
    .select((eb) => ['score', eb.fn.countAll<number>().as('n')])
    .where('service_id', '=', service.id)
    .groupBy('score')
    .execute();
  return aggregateCounts(service.scale, new Map(rows.map((r) => [r.score, Number(r.n)])));
}

/** What a participant sees; staff previews (`includeDraft`) also see drafts. */
export async function getServiceView(ctx: Context, actor: Actor, serviceId: string, includeDraft = false): Promise<ServiceView> {
  const service = asPublic(await readService(ctx.db, serviceId, includeDraft));
  const mine = await ctx.db
    .selectFrom('ratings')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('voter', '=', actor.voter)
    .executeTakeFirst();
  return {
    service,
    aggregate: service.publicAggregate ? publicAggregate(service, await aggregateOf(ctx.db, service)) : null,
    myRating: mine
      ? { ratingId: mine.id, score: mine.score, reasons: fromJson<string[]>(mine.reasons), comment: mine.comment }
      : null,
  };
}

/** One rating per participant per service: rating again replaces the score (a database upsert). */
export async function rate(ctx: Context, participant: Actor, serviceId: string, input: unknown): Promise<RatingReceipt> {
  const data = parseInput(RatingInput, input);
  return ctx.transact(async (tx) => {
    const service = asPublic(await readService(tx.db, serviceId));
    checkServiceOpen(service);
    requireChallenge(service, participant);
    const actor = asParticipant(service, participant);
    checkScore(service.scale, data.score);
    const now = tx.now().getTime();
    const pageUrl = stripPageUrl(data.pageUrl);
    await tx.db
      .insertInto('ratings')
      .values({
        id: randomToken(12),
        service_id: serviceId,
        voter: actor.voter,
        score: data.score,
        reasons: '[]',
        comment: null,
        page_url: pageUrl,
        ip: actor.ip,
        created_ms: now,
        updated_ms: now,
      })
      .onConflict((oc) =>
        oc.columns(['service_id', 'voter']).doUpdateSet((eb) => ({
          score: data.score,
          updated_ms: now,
          page_url: pageUrl ?? eb.ref('ratings.page_url'),
        })),
      )
      .execute();
    // A changed answer keeps only the reasons that still fit it ("It was clear" goes with a "no").
    const sentiment = scoreSentiment(service.scale, data.score);
    const byId = new Map(service.reasons.map((r) => [r.id, r]));
    const { reasons } = await tx.db
      .selectFrom('ratings')
      .select('reasons')
      .where('service_id', '=', serviceId)
      .where('voter', '=', actor.voter)
      .executeTakeFirstOrThrow();
    const kept = fromJson<string[]>(reasons).filter((id) => reasonFits(byId.get(id) ?? {}, sentiment));
    if (kept.length !== fromJson<string[]>(reasons).length)
      await tx.db
        .updateTable('ratings')
        .set({ reasons: JSON.stringify(kept) })
        .where('service_id', '=', serviceId)
        .where('voter', '=', actor.voter)
        .execute();
    return receipt(tx, actor, service);
  });
}

export async function amendRating(
  ctx: Context,
  participant: Actor,
  serviceId: string,
  ratingId: string,
  input: unknown,
): Promise<RatingReceipt> {
  const data = parseInput(RatingFollowUp, input);
  return ctx.transact(async (tx) => {
    const service = asPublic(await readService(tx.db, serviceId));
    checkServiceOpen(service);
    requireChallenge(service, participant);
    const actor = asParticipant(service, participant);
    const set: { reasons?: string; comment?: string | null; updated_ms: number } = { updated_ms: tx.now().getTime() };
    if (data.reasons) {
      const mine = await tx.db
        .selectFrom('ratings')
        .select('score')
        .where('id', '=', ratingId)
        .where('service_id', '=', serviceId)
        .where('voter', '=', actor.voter)
        .executeTakeFirst();
      if (!mine) throw new NotFoundError('No such rating of yours');
      checkReasons(service.reasons, data.reasons, scoreSentiment(service.scale, mine.score));
      set.reasons = JSON.stringify([...new Set(data.reasons)]);
    }
    if (data.comment !== undefined) {
      const comment = data.comment === null ? '' : normaliseText(data.comment);
      checkLength('comment', comment, service.commentMaxLength);
      set.comment = comment || null;
    }
    const updated = await tx.db
      .updateTable('ratings')
      .set(set)
      .where('id', '=', ratingId)
      .where('service_id', '=', serviceId)
      .where('voter', '=', actor.voter)
      .executeTakeFirst();
    if (!changed(updated)) throw new NotFoundError('No such rating of yours');
    return receipt(tx, actor, service);
  });
}

/** A verified participant rates as themselves: one rating per person, whatever the device. */
function asParticipant(service: Service, actor: Actor): Actor {
  return { ...actor, voter: participantKey(service.eligibility, actor) };
}

/** The caller's rating and the aggregate after a change; the aggregate is announced once committed. */
async function receipt(tx: Context, actor: Actor, service: Service): Promise<RatingReceipt> {
  const row: Selectable<RatingsTable> = await tx.db
    .selectFrom('ratings')
    .selectAll()
    .where('service_id', '=', service.id)
    .where('voter', '=', actor.voter)
    .executeTakeFirstOrThrow();
  const agg = service.publicAggregate ? publicAggregate(service, await aggregateOf(tx.db, service)) : null;
  if (agg) tx.afterCommit(() => tx.hub.publish({ type: 'service.aggregate', serviceId: service.id, aggregate: agg }));
  return {
    ratingId: row.id,
    score: row.score,
    reasons: fromJson<string[]>(row.reasons),
    comment: row.comment,
    pageUrl: row.page_url,
    aggregate: agg,
  };
}

// ------------------------------------------------------------------ admin

/** A service as stored, drafts and archived ones included (with `archivedAt`). */
export function findService(ctx: Context, serviceId: string): Promise<StoredService> {
  return readService(ctx.db, serviceId, true);
}

export async function createService(ctx: Context, input: unknown): Promise<Service> {
  const service = parseInput(ServiceDefinition, input);
  await ctx.transact(async (tx) => {
    const inserted = await tx.db
      .insertInto('services')
      .values({ id: service.id, data: JSON.stringify(service), created_ms: tx.now().getTime() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (!changed(inserted))
      throw new AlreadyDoneError(`A service "${service.id}" already exists`, {
        fieldErrors: [{ path: 'id', message: 'Taken' }],
      });
  });
  return service;
}

export async function updateService(ctx: Context, serviceId: string, input: unknown): Promise<Service> {
  const service = parseInput(ServiceDefinition, { ...(input as object), id: serviceId });
  return ctx.transact(async (tx) => {
    const previous = await readService(tx.db, serviceId, true);
    checkNotArchived(previous, 'service');
    if (service.scale !== previous.scale) {
      const { n } = await tx.db
        .selectFrom('ratings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('service_id', '=', serviceId)
        .executeTakeFirstOrThrow();
      if (Number(n) > 0)
        throw new InvalidInputError('The scale cannot change once rated', {
          fieldErrors: [{ path: 'scale', message: 'Locked' }],
        });
    }
    return writeService(tx.db, service);
  });
}

export async function setServiceStatus(ctx: Context, serviceId: string, status: Service['status']): Promise<Service> {
  return ctx.transact(async (tx) => {
    const service = await readService(tx.db, serviceId, true);
    checkNotArchived(service, 'service');
    return writeService(tx.db, { ...service, status });
  });
}

export async function listServices(ctx: Context): Promise<StoredService[]> {
  const rows = await ctx.db.selectFrom('services').select('data').orderBy('created_ms', 'desc').execute();
  return rows.map((r) => fromJson<StoredService>(r.data));
}

export async function exportRatings(ctx: Context, serviceId?: string) {
  let q = ctx.db.selectFrom('ratings').selectAll().orderBy('created_ms');
  if (serviceId) q = q.where('service_id', '=', serviceId);
  const rows = await q.execute();
  return rows.map((r) => ({
    serviceId: r.service_id,
    score: r.score,
    reasons: fromJson<string[]>(r.reasons).join(' '),
    comment: r.comment ?? '',
    pageUrl: r.page_url ?? '',
    ratedAt: new Date(r.created_ms).toISOString(),
    changedAt: new Date(r.updated_ms).toISOString(),
  }));
}
