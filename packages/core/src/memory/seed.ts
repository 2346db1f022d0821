import type { ParsedSeed } from '../schemas/definitions.js';
import type { MemoryState } from './state.js';

/** Loads definitions into the state; later definitions with the same id replace earlier ones. */
export function applySeed(state: MemoryState, seed: ParsedSeed, now: Date): void {
  for (const def of seed.polls) {
    const maxChoices = def.mode === 'single' ? 1 : Math.min(def.maxChoices ?? def.options.length, def.options.length);
    state.polls[def.id] = { poll: { ...def, maxChoices }, votes: {} };
  }
  for (const { comments, ...thread } of seed.threads) {
    const depthOf = new Map<string, number>();
    state.threads[thread.id] = {
      thread,
      comments: comments.map((c, i) => {
        const depth = c.parentId === null ? 0 : (depthOf.get(c.parentId) ?? 0) + 1;
        depthOf.set(c.id, depth);
        state.seq += 1;
        return {
          ...c,
          seq: state.seq,
          depth,
          createdAt: c.createdAt ?? new Date(now.getTime() - (comments.length - i) * 60_000).toISOString(),
          author: null,
          upvoters: [],
          reporters: [],
        };
      }),
    };
  }
  for (const def of seed.petitions) {
    state.petitions[def.id] = {
      petition: { ...def, milestones: [...def.milestones].sort((a, b) => a.count - b.count) },
      signatures: [],
    };
  }
  for (const def of seed.services) {
    state.services[def.id] = { service: def, ratings: [] };
  }
}
