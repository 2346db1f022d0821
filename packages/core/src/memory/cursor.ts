/** Opaque keyset cursors: the sort key of the last item served, base64url-encoded JSON. */
export type CursorKey = [number, number, number];

export function encodeCursor(key: CursorKey): string {
  return btoa(JSON.stringify(key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns `null` for a cursor that was not made by {@link encodeCursor}. */
export function decodeCursor(cursor: string): CursorKey | null {
  try {
    const json: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(json) && json.length === 3 && json.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return json as CursorKey;
    }
  } catch {
    // fall through: not ours
  }
  return null;
}
