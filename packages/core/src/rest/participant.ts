/** The localStorage key holding this browser's participant token. */
export const VOTER_STORAGE_KEY = 'civic-voter';

let fallbackToken: string | null = null;

/**
 * This browser's anonymous participant token: random, kept in the host page's
 * first-party `localStorage` so it survives third-party-cookie blocking. When
 * storage is unavailable (private modes, sandboxed frames) a per-page token is
 * used instead, so the widgets still work, only without memory across visits.
 */
export function browserVoterToken(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeLocalStorage()): string {
  try {
    const existing = storage?.getItem(VOTER_STORAGE_KEY);
    if (existing && /^[A-Za-z0-9_-]{16,128}$/.test(existing)) return existing;
    const token = newToken();
    storage?.setItem(VOTER_STORAGE_KEY, token);
    if (storage) return token;
  } catch {
    // storage refused: fall back below
  }
  return (fallbackToken ??= newToken());
}

function newToken(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
