import {
  AlreadyDoneError,
  ClosedError,
  checkLength,
  checkReasons,
  checkScore,
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
  stripPageUrl,
} from '@civic-widgets/core';
import type { Selectable } from 'kysely';
import type { Db, RatingsTable } from '../db/schema.js';
import { randomToken } from '../security/hash.js';
import { type Actor, type Context, changed, fromJson } from './context.js';

async function readService(db: Db, serviceId: string, includeDraft = false): Promise<Service> {
  const row = await db.selectFrom('services').select('data').where('id', '=', serviceId).executeTakeFirst();
  const service = row && fromJson<Service>(row.data);
  if (!service || (!includeDraft && service.status === 'draft')) throw new NotFoundError(`No service "${serviceId}"`);
  return service;
}

/** The aggregate from one grouped query over the (service_id, score) index. */
async function writeService(db: Db, service: Service): Promise<Service> {
  await db
    .updateTable('services')
    .set({ data: JSON.stringify(service) })
    .where('id', '=', service.id)
    .execute();
  return service;
}

async function aggregateOf(db: Db, service: Service): Promise<RatingAggregate> {
  const rows = await db
    .selectFrom('ratings')
    .select((eb) => ['score', eb.fn.countAll<number>().as('n')])
    .where('service_id', '=', service.id)
    .groupBy('score')
    .execute();
  return aggregateCounts(service.scale, new Map(rows.map((r) => [r.score, Number(r.n)])));
}

export async function getServiceView(ctx: Context, actor: Actor, serviceId: string): Promise<ServiceView> {
  const service = await readService(ctx.db, serviceId);
  const mine = await ctx.db
    .selectFrom('ratings')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('voter', '=', actor.voter)
    .executeTakeFirst();
  return {
    service,
    aggregate: service.publicAggregate ? await aggregateOf(ctx.db, service) : null,
    myRating: mine
      ? { ratingId: mine.id, score: mine.score, reasons: fromJson<string[]>(mine.reasons), comment: mine.comment }
      : null,
  };
}

/** One rating per participant per service: rating again replaces the score (a database upsert). */
export async function rate(ctx: Context, actor: Actor, serviceId: string, input: unknown): Promise<RatingReceipt> {
  const data = parseInput(RatingInput, input);
  const service = await readService(ctx.db, serviceId);
  if (service.status === 'closed') throw new ClosedError('This service is not taking ratings');
  checkScore(service.scale, data.score);
  const now = ctx.now().getTime();
  const pageUrl = stripPageUrl(data.pageUrl);
  await ctx.db
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
  return receipt(ctx, actor, service);
}

export async function amendRating(
  ctx: Context,
  actor: Actor,
  serviceId: string,
  ratingId: string,
  input: unknown,
): Promise<RatingReceipt> {
  const data = parseInput(RatingFollowUp, input);
  const service = await readService(ctx.db, serviceId);
  const set: { reasons?: string; comment?: string | null; updated_ms: number } = { updated_ms: ctx.now().getTime() };
  if (data.reasons) {
    checkReasons(service.reasons, data.reasons);
    set.reasons = JSON.stringify([...new Set(data.reasons)]);
  }
  if (data.comment !== undefined) {
    const comment = data.comment === null ? '' : normaliseText(data.comment);
    checkLength('comment', comment, service.commentMaxLength);
    set.comment = comment || null;
  }
  const updated = await ctx.db
    .updateTable('ratings')
    .set(set)
    .where('id', '=', ratingId)
    .where('service_id', '=', serviceId)
    .where('voter', '=', actor.voter)
    .executeTakeFirst();
  if (!changed(updated)) throw new NotFoundError('No such rating of yours');
  return receipt(ctx, actor, service);
}

async function receipt(ctx: Context, actor: Actor, service: Service): Promise<RatingReceipt> {
  const row: Selectable<RatingsTable> = await ctx.db
    .selectFrom('ratings')
    .selectAll()
    .where('service_id', '=', service.id)
    .where('voter', '=', actor.voter)
    .executeTakeFirstOrThrow();
  const agg = service.publicAggregate ? await aggregateOf(ctx.db, service) : null;
  if (agg) ctx.hub.publish({ type: 'service.aggregate', serviceId: service.id, aggregate: agg });
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

export async function createService(ctx: Context, input: unknown): Promise<Service> {
  const service = parseInput(ServiceDefinition, input);
  const inserted = await ctx.db
    .insertInto('services')
    .values({ id: service.id, data: JSON.stringify(service), created_ms: ctx.now().getTime() })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (!changed(inserted))
    throw new AlreadyDoneError(`A service "${service.id}" already exists`, { fieldErrors: [{ path: 'id', message: 'Taken' }] });
  return service;
}

export async function updateService(ctx: Context, serviceId: string, input: unknown): Promise<Service> {
  const previous = await readService(ctx.db, serviceId, true);
  const service = parseInput(ServiceDefinition, { ...(input as object), id: serviceId });
  if (service.scale !== previous.scale) {
    const { n } = await ctx.db
      .selectFrom('ratings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_id', '=', serviceId)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0)
      throw new InvalidInputError('The scale cannot change once rated', { fieldErrors: [{ path: 'scale', message: 'Locked' }] });
  }
  return writeService(ctx.db, service);
}

export async function setServiceStatus(ctx: Context, serviceId: string, status: Service['status']): Promise<Service> {
  const service = { ...(await readService(ctx.db, serviceId, true)), status };
  return writeService(ctx.db, service);
}

export async function listServices(ctx: Context): Promise<Service[]> {
  const rows = await ctx.db.selectFrom('services').select('data').orderBy('created_ms', 'desc').execute();
  return rows.map((r) => fromJson<Service>(r.data));
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
