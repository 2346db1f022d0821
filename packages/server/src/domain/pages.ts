import { InvalidInputError } from '@civic-widgets/core';

/*
 * Keyset cursors for the console's lists: the sort key of the last item
 * served (a time and an id), so items arriving meanwhile never shift a page.
 * A cursor is opaque to clients; one not made here is `invalid-input`, and
 * its values are checked before they reach a query (an id beyond
 * PostgreSQL's integer column would otherwise fail there).
 */

const MAX_MS = 8.64e15;
const MAX_ROW_ID = 2_147_483_647;

export function encodePage(ms: number, id: number | string): string {
  return Buffer.from(JSON.stringify([ms, id])).toString('base64url');
}

function unknownCursor(): Error {
  return new InvalidInputError('Unknown cursor', { fieldErrors: [{ path: 'cursor', message: 'Unknown cursor' }] });
}

function decode(cursor: string): [unknown, unknown] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw unknownCursor();
  }
  if (!Array.isArray(value) || value.length !== 2) throw unknownCursor();
  const [ms] = value as unknown[];
  if (!Number.isSafeInteger(ms) || Math.abs(ms as number) > MAX_MS) throw unknownCursor();
  return value as [unknown, unknown];
}

/** A cursor over rows keyed by (time, integer id). */
export function decodeRowPage(cursor: string): [number, number] {
  const [ms, id] = decode(cursor);
  if (!Number.isSafeInteger(id) || (id as number) < 0 || (id as number) > MAX_ROW_ID) throw unknownCursor();
  return [ms as number, id as number];
}

/** A cursor over rows keyed by (time, text id). */
export function decodeTextPage(cursor: string): [number, string] {
  const [ms, id] = decode(cursor);
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw unknownCursor();
  return [ms as number, id];
}
