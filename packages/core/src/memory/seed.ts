import * as z from 'zod/mini';
import { parseInput } from '../validate.js';
import type { Kind } from './state.js';

/**
 * Parses one kind of resource from a seed with its definition schema. Errors
 * name their place in the seed, as `polls.0.id`.
 */
export function parseSeed<D extends z.ZodMiniType>(kind: Kind, definition: D, definitions: unknown): z.output<D>[] {
  const parsed = parseInput(z.object({ [kind]: z._default(z.array(definition), []) }), { [kind]: definitions });
  return (parsed as Record<Kind, z.output<D>[]>)[kind];
}
