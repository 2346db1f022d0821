import { type Seed as SeedInput, Seed, parseInput } from '@civic-widgets/core';
import type { Context } from './domain/context.js';
import { createPoll } from './domain/polls.js';
import { createThread } from './domain/threads.js';
import { createPetition } from './domain/petitions.js';
import { createService } from './domain/services.js';

export interface SeedReport {
  created: string[];
  skipped: string[];
}

/** Loads a seed file's content; resources whose id already exists are skipped, never overwritten. */
export async function seed(ctx: Context, input: SeedInput | unknown): Promise<SeedReport> {
  const data = parseInput(Seed, input);
  const report: SeedReport = { created: [], skipped: [] };
  const exists = async (table: 'polls' | 'threads' | 'petitions' | 'services', id: string) =>
    (await ctx.db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  const steps: ['polls' | 'threads' | 'petitions' | 'services', { id: string }[], (def: never) => Promise<unknown>][] = [
    ['polls', data.polls, (d) => createPoll(ctx, d)],
    ['threads', data.threads, (d) => createThread(ctx, d)],
    ['petitions', data.petitions, (d) => createPetition(ctx, d)],
    ['services', data.services, (d) => createService(ctx, d)],
  ];
  for (const [table, defs, create] of steps) {
    for (const def of defs) {
      const name = `${table.slice(0, -1)}:${def.id}`;
      if (await exists(table, def.id)) {
        report.skipped.push(name);
        continue;
      }
      await create(def as never);
      report.created.push(name);
    }
  }
  return report;
}

/** Whether the database holds no content at all (first start). */
export async function isEmpty(ctx: Context): Promise<boolean> {
  for (const table of ['polls', 'threads', 'petitions', 'services'] as const) {
    if (await ctx.db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return false;
  }
  return true;
}
