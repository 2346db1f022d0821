import type * as z from 'zod/mini';
import { BadResponseError, InvalidInputError, fieldProblems } from './errors.js';

/** Parses caller input; a failure becomes an `invalid-input` error listing the fields. */
export function parseInput<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fieldErrors = fieldProblems(result.error.issues);
  const first = fieldErrors[0];
  throw new InvalidInputError(first ? `${first.path || 'input'}: ${first.message}` : 'Invalid input', { fieldErrors });
}

/** Parses a backend answer; a mismatch becomes a `bad-response` error, never bad UI. */
export function parseResponse<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new BadResponseError('The server sent an answer that does not match the protocol', {
    fieldErrors: fieldProblems(result.error.issues),
  });
}
