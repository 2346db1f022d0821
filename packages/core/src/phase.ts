import type { Poll } from './schemas/poll.js';

/**
 * Where a time-boxed resource stands now: `upcoming` before `opensAt`,
 * `closed` when its status says so or `closesAt` has passed, otherwise `open`.
 * Backends and widgets share it so both sides agree on the edges.
 */
export type Phase = 'upcoming' | 'open' | 'closed';

export function phaseOf(
  resource: { status: string; opensAt?: string | null; closesAt?: string | null },
  now: Date = new Date(),
): Phase {
  if (resource.status === 'closed' || resource.status === 'responded') return 'closed';
  const t = now.getTime();
  if (resource.closesAt && Date.parse(resource.closesAt) <= t) return 'closed';
  if (resource.opensAt && Date.parse(resource.opensAt) > t) return 'upcoming';
  return 'open';
}

/** Whether a participant may see a poll's results now. */
export function canSeeResults(poll: Poll, hasVoted: boolean, now: Date = new Date()): boolean {
  switch (poll.resultsVisibility) {
    case 'always':
      return true;
    case 'after-vote':
      return hasVoted || phaseOf(poll, now) === 'closed';
    case 'after-close':
      return phaseOf(poll, now) === 'closed';
    case 'never':
      return false;
  }
}
