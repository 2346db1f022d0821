import { NotFoundError } from '@civic-widgets/core';
import type * as z from 'zod/mini';

/** A route's path parameters: one schema per name, in URL order (also their order in openapi.json). */
export type ParamsSchema = z.ZodMiniType<Record<string, string>>;

/**
 * Checks a request's path parameters against its route's schema and returns
 * them. An id that cannot exist names nothing, so it is `not-found` (404) like
 * an unknown one; the detail says which rule it broke, never echoing the value.
 */
export function checkParams(route: { params?: ParamsSchema }, params: unknown): Record<string, string> {
  if (!route.params) return {};
  const result = route.params.safeParse(params);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'resource').replace(/Id$/, '');
  throw new NotFoundError(`No such ${name}${issue ? ` (${issue.message})` : ''}`);
}
