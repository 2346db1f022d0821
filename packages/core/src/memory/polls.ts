/*
 * Polls in the MemoryAdapter: loaded on first use, with the poll schemas.
 */
import type { RequestOptions } from '../adapter.js';
import { AlreadyDoneError, ClosedError, NotFoundError } from '../errors-more.js';
import { canSeeResults, phaseOf } from '../phase.js';
import { checkChoices } from '../rules.js';
import { PollDefinition } from '../schemas/definitions/poll.js';
import { type PollResults, type PollView, VoteInput } from '../schemas/poll.js';
import { parseInput } from '../validate.js';
import { parseSeed } from './seed.js';
import type { Backend, MemoryState, StoredPoll } from './state.js';

/** Loads the seed's polls; a later definition with the same id replaces an earlier one. */
export function seed(state: MemoryState, definitions: unknown): void {
  for (const def of parseSeed('polls', PollDefinition, definitions)) {
    const maxChoices = def.mode === 'single' ? 1 : Math.min(def.maxChoices ?? def.options.length, def.options.length);
    state.polls[def.id] = { poll: { ...def, maxChoices }, votes: {} };
  }
}

export async function getPoll(db: Backend, me: string, pollId: string, options?: RequestOptions): Promise<PollView> {
  options?.signal?.throwIfAborted();
  return pollView(db, me, pollId);
}

export async function vote(
  db: Backend,
  me: string,
  pollId: string,
  input: VoteInput,
  options?: RequestOptions,
): Promise<PollView> {
  options?.signal?.throwIfAborted();
  const { choices } = parseInput(VoteInput, input);
  const stored = storedPoll(db, pollId);
  const { poll } = stored;
  const phase = phaseOf(poll, db.now());
  if (phase !== 'open') throw new ClosedError(phase === 'upcoming' ? 'This poll is not open yet' : 'This poll is closed');
  checkChoices(poll, choices);
  const previous = stored.votes[me];
  if (previous && !poll.allowChange) throw new AlreadyDoneError('You have already voted in this poll');
  stored.votes[me] = [...choices];
  const view = pollView(db, me, pollId);
  db.changed({
    type: 'poll.results',
    pollId,
    results: poll.resultsVisibility === 'always' ? pollResults(stored) : null,
  });
  return view;
}

function storedPoll(db: Backend, pollId: string): StoredPoll {
  const stored = db.state.polls[pollId];
  if (!stored || stored.poll.status === 'draft') throw new NotFoundError(`No poll "${pollId}"`);
  return stored;
}

function pollView(db: Backend, me: string, pollId: string): PollView {
  const stored = storedPoll(db, pollId);
  const myVote = stored.votes[me] ?? null;
  const visible = canSeeResults(stored.poll, myVote !== null, db.now());
  return { poll: structuredClone(stored.poll), results: visible ? pollResults(stored) : null, myVote: myVote && [...myVote] };
}

function pollResults(stored: StoredPoll): PollResults {
  const votes = Object.values(stored.votes);
  return {
    counts: stored.poll.options.map((o) => ({ optionId: o.id, count: votes.filter((v) => v.includes(o.id)).length })),
    totalParticipants: votes.length,
  };
}
