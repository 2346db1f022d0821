import { InvalidInputError } from './errors.js';
import { ClosedError, NotFoundError } from './errors-more.js';
import { type Sentiment, reasonFits, scaleScores } from './scales.js';
import { countCharacters } from './text.js';

/*
 * The input rules that depend on a resource's settings, shared by every
 * backend (MemoryAdapter, the reference server) so they answer the same way.
 * Each throws an `InvalidInputError` naming the field.
 */

const invalid = (path: string, message: string, detail = message): never => {
  throw new InvalidInputError(detail, { fieldErrors: [{ path, message }] });
};

/** Known options, none twice, at most `maxChoices`. */
export function checkChoices(poll: { options: readonly { id: string }[]; maxChoices: number }, choices: readonly string[]): void {
  const known = new Set(poll.options.map((o) => o.id));
  if (choices.some((c) => !known.has(c))) invalid('choices', 'Unknown option');
  if (new Set(choices).size !== choices.length) invalid('choices', 'Chosen twice', 'An option was chosen twice');
  if (choices.length > poll.maxChoices) invalid('choices', 'Too many choices', `Choose at most ${poll.maxChoices}`);
}

/** Text no longer than `max` characters, counted as `countCharacters` counts. */
export function checkLength(path: string, text: string, max: number): void {
  if (countCharacters(text) > max) invalid(path, `At most ${max} characters`);
}

/** A region from the petition's list when it has one; none otherwise. */
export function checkRegion(regions: readonly { id: string }[], regionId: string | null): void {
  if (regions.length > 0 && !regions.some((r) => r.id === regionId)) invalid('regionId', 'Choose a region from the list');
  if (regions.length === 0 && regionId !== null) invalid('regionId', 'Not asked for', 'This petition does not ask for a region');
}

/** A score on the service's scale. */
export function checkScore(scale: 'stars5' | 'yesno' | 'csat5', score: number): void {
  if (!scaleScores(scale).includes(score)) invalid('score', 'Not on the scale', 'The score is not on this scale');
}

/** Reasons from the service's list. */
export function checkReasons(
  reasons: readonly { id: string; when?: string }[],
  chosen: readonly string[],
  sentiment?: Sentiment,
): void {
  const known = new Map(reasons.map((r) => [r.id, r]));
  if (chosen.some((r) => !known.has(r))) invalid('reasons', 'Unknown reason');
  // A reason for the other kind of answer ("It was clear" after "No") is refused.
  if (sentiment && chosen.some((r) => !reasonFits(known.get(r) ?? {}, sentiment))) invalid('reasons', 'Does not fit the answer');
}

/*
 * Closed means read-only, on every backend: a closed discussion takes no
 * comments, replies, upvotes or reports; a service that is not open takes no
 * ratings and no follow-ups.
 */

export function checkThreadOpen(thread: { status: string }): void {
  if (thread.status !== 'open') throw new ClosedError('This discussion is closed');
}

export function checkServiceOpen(service: { status: string }): void {
  if (service.status !== 'open') throw new ClosedError('This service is not taking ratings');
}

/**
 * The comment `id` if it can be seen and acted on: it and every comment above
 * it are published. Hiding or removing a comment takes its replies out of view
 * with it (they come back if it is approved). `load` reads one comment.
 */
export async function reachableComment<C extends { status: string; parentId: Id | null }, Id>(
  id: Id,
  load: (id: Id) => C | undefined | Promise<C | undefined>,
): Promise<C> {
  const comment = await load(id);
  if (!comment || comment.status !== 'published') throw new NotFoundError(`No comment "${String(id)}"`);
  // Depth is bounded (maxDepth ≤ 10), so the walk is short.
  for (let above = comment.parentId; above !== null;) {
    const parent = await load(above);
    if (!parent || parent.status !== 'published') throw new NotFoundError(`No comment "${String(id)}"`);
    above = parent.parentId;
  }
  return comment;
}
