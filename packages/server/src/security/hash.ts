import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Identifiers are stored only as keyed hashes: a database leak reveals
 * neither participant tokens nor IP addresses, and the HMAC key (CIVIC_SECRET)
 * is not in the database dump unless generated there.
 */
export class Hasher {
  constructor(private readonly secret: string) {}

  /** The stored form of an `X-Civic-Voter` token. */
  voter(token: string): string {
    return this.#hmac(`voter:${token}`);
  }

  /**
   * The stored form of a client address: truncated first (IPv4 /24, IPv6 /48)
   * so even the hash cannot single out one household, then keyed.
   */
  ip(address: string | undefined): string | null {
    if (!address) return null;
    return this.#hmac(`ip:${truncateIp(address)}`);
  }

  /** A URL-safe token derived from `value`: the same value always gives the same token. */
  token(value: string): string {
    return createHmac('sha256', this.secret).update(`token:${value}`).digest('base64url').slice(0, 43);
  }

  #hmac(value: string): string {
    return createHmac('sha256', this.secret).update(value).digest('base64url').slice(0, 32);
  }
}

export function truncateIp(address: string): string {
  const v4 = address.replace(/^::ffff:/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return v4.split('.').slice(0, 3).join('.') + '.0/24';
  const groups = address.split(':');
  return groups.slice(0, 3).join(':') + '::/48';
}

/** A random URL-safe token (confirmation links, generated secrets). */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a token: confirmation tokens are stored only hashed. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** Compares secrets in constant time, whatever their lengths. */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
