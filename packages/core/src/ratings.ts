/*
 * When a service's aggregate becomes public: shared by every backend, free of
 * zod (the service schemas use the default; browsers never load the rest).
 */

/** Ratings a service needs before its aggregate is public, unless its definition says otherwise. */
export const MINIMUM_RATINGS = 10;

/**
 * The aggregate participants may see: none unless the service's is public and
 * at least `minimumRatings` people rated (a handful of ratings says little,
 * and could tell who gave which).
 */
export function publicAggregate<A extends { count: number }>(
  service: { publicAggregate: boolean; minimumRatings?: number | undefined },
  aggregate: A,
): A | null {
  return service.publicAggregate && aggregate.count >= (service.minimumRatings ?? MINIMUM_RATINGS) ? aggregate : null;
}
