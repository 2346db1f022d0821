import { existsSync, readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { refuseStrays } from './env.js';

/**
 * Verified participants (CIVIC_IDENTITY_*): the agency's own site signs its
 * citizens in and issues each a short-lived signed token, which the widgets
 * send with a vote, signature or rating. See docs/operations.md, "Verified
 * participants".
 */
export interface IdentityConfig {
  /** The `iss` every token must carry, exactly. */
  issuer: string;
  /** The `aud` every token must carry: this server. */
  audience: string;
  /** Where the issuer's public keys are: a JWKS URL, or the keys themselves. */
  keys: { url: URL } | { jwks: JSONWebKeySet };
  /** Longest a token may live, from now to its `exp`, in seconds: a leaked token is useless soon. */
  maxLifetimeSeconds: number;
}

/** The signature algorithms accepted: no `none`, no HMAC (the server must never hold the issuer's signing secret). */
export const IDENTITY_ALGORITHMS = ['ES256', 'EdDSA', 'RS256'];

const DEFAULT_MAX_MINUTES = 10;

/**
 * Reads CIVIC_IDENTITY_*: `null` when verification is off (no
 * CIVIC_IDENTITY_ISSUER). Anything wrong throws with a message naming the
 * variable, so the server refuses to start rather than refuse citizens.
 */
export function loadIdentityConfig(env: NodeJS.ProcessEnv, publicUrl: string): IdentityConfig | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const issuer = value('CIVIC_IDENTITY_ISSUER');
  if (!issuer) {
    refuseStrays(env, 'CIVIC_IDENTITY_', 'CIVIC_IDENTITY_ISSUER');
    return null;
  }
  const url = value('CIVIC_IDENTITY_JWKS_URL');
  const inline = value('CIVIC_IDENTITY_JWKS');
  if (Boolean(url) === Boolean(inline))
    throw new Error(
      "Verified participants need the issuer's public keys: set CIVIC_IDENTITY_JWKS_URL (e.g. https://www.city.gov/.well-known/jwks.json) or CIVIC_IDENTITY_JWKS (a JWKS, or the path of a file holding one), not both",
    );
  let keys: IdentityConfig['keys'];
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`CIVIC_IDENTITY_JWKS_URL must be a URL, got "${url}"`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
      throw new Error(`CIVIC_IDENTITY_JWKS_URL must be an https:// URL (http only on this machine), got "${url}"`);
    keys = { url: parsed };
  } else {
    keys = { jwks: readJwks(inline!) };
  }
  const minutes = Number(value('CIVIC_IDENTITY_MAX_MINUTES') ?? DEFAULT_MAX_MINUTES);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60)
    throw new Error(
      `CIVIC_IDENTITY_MAX_MINUTES must be a number of minutes from 1 to 1440, got "${value('CIVIC_IDENTITY_MAX_MINUTES')}"`,
    );
  return {
    issuer,
    audience: value('CIVIC_IDENTITY_AUDIENCE') ?? publicUrl,
    keys,
    maxLifetimeSeconds: Math.round(minutes * 60),
  };
}

function readJwks(text: string): JSONWebKeySet {
  const json = text.startsWith('{') ? text : existsSync(text) ? readFileSync(text, 'utf8') : null;
  if (json === null)
    throw new Error(`CIVIC_IDENTITY_JWKS is neither a JWKS ({"keys": [...]}) nor a file: "${text.slice(0, 80)}"`);
  let jwks: unknown;
  try {
    jwks = JSON.parse(json);
  } catch {
    throw new Error('CIVIC_IDENTITY_JWKS is not valid JSON');
  }
  const list = (jwks as { keys?: unknown }).keys;
  if (!Array.isArray(list) || list.length === 0 || list.some((k) => typeof k !== 'object' || k === null || 'd' in k))
    throw new Error(
      'CIVIC_IDENTITY_JWKS must be a JWKS with at least one public key ({"keys": [...]}); a private key ("d") does not belong here',
    );
  return jwks as JSONWebKeySet;
}
