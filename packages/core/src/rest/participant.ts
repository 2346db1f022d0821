/** The localStorage key holding this browser's participant token. */
export const VOTER_STORAGE_KEY = 'civic-voter';

let fallbackToken: string | undefined;

/**
 * This browser's anonymous participant token: random, kept in the host page's
 * first-party `localStorage` so it survives third-party-cookie blocking. When
 * storage is unavailable (private modes, sandboxed frames) a per-page token is
 * used instead, so the widgets still work, only without memory across visits.
 */
export function browserVoterToken(storage?: Pick<Storage, 'getItem' | 'setItem'>): string {
  try {
    const store = storage ?? globalThis.localStorage;
    let token = store.getItem(VOTER_STORAGE_KEY);
    if (!token || !/^[\w-]{16,128}$/.test(token)) store.setItem(VOTER_STORAGE_KEY, (token = newToken()));
    return token;
  } catch {
    return (fallbackToken ??= newToken());
  }
}

/** 128 random bits, as 32 hexadecimal characters. */
function newToken(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}
