/*
 * Service ratings in the MemoryAdapter: loaded on first use, with the service schemas.
 */
import type { RequestOptions } from '../adapter.js';
import { NotFoundError } from '../errors-more.js';
import { checkLength, checkReasons, checkScore, checkServiceOpen } from '../rules.js';
import { publicAggregate } from '../ratings.js';
import { reasonFits, scoreSentiment, stripPageUrl } from '../scales.js';
import { Slug } from '../schemas/common.js';
import { ServiceDefinition } from '../schemas/definitions/service.js';
import { RatingFollowUp, RatingInput, type RatingReceipt, type ServiceView } from '../schemas/service.js';
import { normaliseText } from '../text.js';
import { parseInput } from '../validate.js';
import { aggregate } from './aggregate.js';
import { parseSeed } from './seed.js';
import type { Backend, MemoryState, StoredRating, StoredService } from './state.js';

/** Loads the seed's services; a later definition with the same id replaces an earlier one. */
export function seed(state: MemoryState, definitions: unknown): void {
  for (const def of parseSeed('services', ServiceDefinition, definitions)) {
    state.services[def.id] = { service: def, ratings: [] };
  }
}

export async function getService(db: Backend, me: string, serviceId: string, options?: RequestOptions): Promise<ServiceView> {
  options?.signal?.throwIfAborted();
  const stored = storedService(db, serviceId);
  const mine = stored.ratings.find((r) => r.participant === me);
  return {
    service: structuredClone(stored.service),
    aggregate: publicAggregate(stored.service, aggregate(stored.service.scale, stored.ratings)),
    myRating: mine ? { ratingId: mine.id, score: mine.score, reasons: [...mine.reasons], comment: mine.comment } : null,
  };
}

export async function rate(
  db: Backend,
  me: string,
  serviceId: string,
  input: RatingInput,
  options?: RequestOptions,
): Promise<RatingReceipt> {
  options?.signal?.throwIfAborted();
  const data = parseInput(RatingInput, input);
  const stored = storedService(db, serviceId);
  checkServiceOpen(stored.service);
  checkScore(stored.service.scale, data.score);
  let rating = stored.ratings.find((r) => r.participant === me);
  if (rating) {
    rating.score = data.score;
    rating.pageUrl = stripPageUrl(data.pageUrl) ?? rating.pageUrl;
    // A changed answer keeps only the reasons that still fit it.
    const sentiment = scoreSentiment(stored.service.scale, data.score);
    const byId = new Map(stored.service.reasons.map((r) => [r.id, r]));
    rating.reasons = rating.reasons.filter((id) => reasonFits(byId.get(id) ?? {}, sentiment));
  } else {
    rating = {
      id: db.nextId('r'),
      participant: me,
      score: data.score,
      reasons: [],
      comment: null,
      pageUrl: stripPageUrl(data.pageUrl),
      createdAt: db.now().toISOString(),
    };
    stored.ratings.push(rating);
  }
  return ratingChanged(db, serviceId, rating);
}

export async function amendRating(
  db: Backend,
  me: string,
  serviceId: string,
  ratingId: string,
  input: RatingFollowUp,
  options?: RequestOptions,
): Promise<RatingReceipt> {
  options?.signal?.throwIfAborted();
  parseInput(Slug, serviceId);
  const data = parseInput(RatingFollowUp, input);
  const stored = storedService(db, serviceId);
  checkServiceOpen(stored.service);
  const rating = stored.ratings.find((r) => r.id === ratingId && r.participant === me);
  if (!rating) throw new NotFoundError('No such rating of yours');
  if (data.reasons) {
    checkReasons(stored.service.reasons, data.reasons, scoreSentiment(stored.service.scale, rating.score));
    rating.reasons = [...new Set(data.reasons)];
  }
  if (data.comment !== undefined) {
    const comment = data.comment === null ? '' : normaliseText(data.comment);
    checkLength('comment', comment, stored.service.commentMaxLength);
    rating.comment = comment || null;
  }
  return ratingChanged(db, serviceId, rating);
}

function ratingChanged(db: Backend, serviceId: string, rating: StoredRating): RatingReceipt {
  const stored = storedService(db, serviceId);
  const agg = publicAggregate(stored.service, aggregate(stored.service.scale, stored.ratings));
  db.changed(...(agg ? [{ type: 'service.aggregate' as const, serviceId, aggregate: agg }] : []));
  return {
    ratingId: rating.id,
    score: rating.score,
    reasons: [...rating.reasons],
    comment: rating.comment,
    pageUrl: rating.pageUrl,
    aggregate: agg,
  };
}

function storedService(db: Backend, serviceId: string): StoredService {
  const stored = db.state.services[serviceId];
  if (!stored || stored.service.status === 'draft') throw new NotFoundError(`No service "${serviceId}"`);
  return stored;
}
