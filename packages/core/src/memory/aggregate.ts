import type { RatingAggregate, RatingScale } from '../schemas/service.js';
import { scaleScores } from '../scales.js';

/** Aggregates ratings on a scale. */
export function aggregate(scale: RatingScale, ratings: readonly { score: number }[]): RatingAggregate {
  const counts = new Map<number, number>();
  for (const r of ratings) counts.set(r.score, (counts.get(r.score) ?? 0) + 1);
  return aggregateCounts(scale, counts);
}

/** Aggregates from the number of ratings per score (what a grouped SQL query returns). */
export function aggregateCounts(scale: RatingScale, counts: ReadonlyMap<number, number>): RatingAggregate {
  const distribution = scaleScores(scale).map((score) => ({ score, count: counts.get(score) ?? 0 }));
  const count = distribution.reduce((n, d) => n + d.count, 0);
  const mean = count ? distribution.reduce((sum, d) => sum + d.score * d.count, 0) / count : null;
  return { count, average: scale === 'yesno' ? null : mean, yesShare: scale === 'yesno' ? mean : null, distribution };
}
