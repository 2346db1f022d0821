import { canonicalEmail } from '@civic-widgets/core';
import { normalizeIP } from '@fastify/rate-limit';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

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

  /**
   * The stored form of an e-mail address for uniqueness and mail limits: the
   * keyed hash of its canonical form, so every spelling of one mailbox has one
   * key, and the key alone reveals no address.
   */
  email(address: string): string {
    return this.#hmac(`email:${canonicalEmail(address)}`);
  }

  /** The stored form of a verified participant: issuer and subject together, so two issuers' "42" differ. */
  person(issuer: string, subject: string): string {
    return this.#hmac(`person:${issuer}\u0000${subject}`);
  }

  /** A URL-safe token derived from `value`: the same value always gives the same token. */
  token(value: string): string {
    return createHmac('sha256', this.secret).update(`token:${value}`).digest('base64url').slice(0, 43);
  }

  #hmac(value: string): string {
    return createHmac('sha256', this.secret).update(value).digest('base64url').slice(0, 32);
  }
}

/**
 * The network of an address: IPv4 /24, IPv6 /48. Addresses are parsed, not cut
 * as text, so one network has one key however its addresses are written
 * (`2001:db8::1`, `2001:0db8:0:0::2`), and IPv4-mapped IPv6 addresses count as IPv4.
 */
export function truncateIp(address: string): string {
  let normal: string;
  try {
    normal = normalizeIP(address, 48);
  } catch {
    return address.toLowerCase();
  }
  if (isIPv4(normal)) return `${normal.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(normal)) return `${normal}/48`;
  return normal;
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
