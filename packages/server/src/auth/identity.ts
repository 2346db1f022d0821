import { NotEligibleError, VerificationRequiredError, type ClaimRule } from '@civic-widgets/core';
import { createHash } from 'node:crypto';
import { type JWTVerifyGetKey, createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { Context, Settled } from '../domain/context.js';
import type { Hasher } from '../security/hash.js';
import { IDENTITY_ALGORITHMS, type IdentityConfig } from './identity-config.js';

/** A verified participant: only the keyed hash of issuer + subject is ever stored; the claims live for one request. */
export interface Person {
  key: string;
  claims: Readonly<Record<string, unknown>>;
}

/** What a write request's `X-Civic-Identity` came to: a person, or why not (thrown only where a rule needs one). */
export type Identity = Settled<Person>;

const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Checks identity tokens from the agency's own site: signature (keys from
 * configuration or its JWKS URL), issuer, audience, expiry and not-before,
 * a short lifetime, and replay — each token serves one action (its retries,
 * with the same `Idempotency-Key`, included).
 */
export class IdentityVerifier {
  readonly #keys: JWTVerifyGetKey;

  constructor(
    private readonly config: IdentityConfig,
    private readonly hasher: Hasher,
  ) {
    this.#keys =
      'url' in config.keys
        ? createRemoteJWKSet(config.keys.url, { timeoutDuration: 5_000, cooldownDuration: 30_000 })
        : createLocalJWKSet(config.keys.jwks);
  }

  /**
   * The person a token names, once per token: `request` says which action
   * (route and idempotency key) it was first used for, and only that action
   * may use it again.
   */
  async verify(ctx: Context, token: string, request: string): Promise<Identity> {
    try {
      if (token.length > 8192 || !TOKEN.test(token)) throw new VerificationRequiredError('The identity token is not a JWT');
      const now = ctx.now();
      const { payload } = await jwtVerify(token, this.#keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: IDENTITY_ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
        currentDate: now,
        clockTolerance: 30,
      }).catch((error: unknown) => {
        throw new VerificationRequiredError(reasonOf(error), { cause: error });
      });
      const expiresMs = payload.exp! * 1000;
      if (expiresMs - now.getTime() > this.config.maxLifetimeSeconds * 1000)
        throw new VerificationRequiredError(
          `The identity token lives too long: its exp may be at most ${this.config.maxLifetimeSeconds} seconds ahead`,
        );
      await claimToken(ctx, createHash('sha256').update(token).digest('base64url'), request, expiresMs);
      return { ok: true, value: { key: this.hasher.person(payload.iss!, payload.sub!), claims: payload } };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

/** Records a token's first use; a use for any other action is a replay. */
async function claimToken(ctx: Context, id: string, request: string, expiresMs: number): Promise<void> {
  const first = await ctx.transact(async (tx) => {
    await tx.db
      .insertInto('identity_tokens')
      .values({ id, request, expires_ms: expiresMs })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return tx.db.selectFrom('identity_tokens').select('request').where('id', '=', id).executeTakeFirstOrThrow();
  });
  if (first.request !== request)
    throw new VerificationRequiredError('This identity token was used already: the site must issue a new one for each action');
}

/** Forgets used tokens once they have expired: an expired token is refused anyway. */
export async function forgetExpiredTokens(ctx: Context): Promise<number> {
  const result = await ctx.db.deleteFrom('identity_tokens').where('expires_ms', '<', ctx.now().getTime()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The identity token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'The identity token is not valid yet';
    return `The identity token's "${error.claim}" claim is not the one expected here`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `Identity tokens must be signed with ${IDENTITY_ALGORITHMS.join(', ')}`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return "The identity token's signature does not match the issuer's keys";
  if (error instanceof errors.JOSEError && error.code === 'ERR_JWKS_TIMEOUT')
    return "The issuer's keys could not be fetched in time";
  return 'The identity token is not valid';
}

/**
 * Who takes part in a resource with this rule: anyone as their browser's
 * participant; verified participants as themselves (their keyed hash), so
 * one person counts once whatever the device. Throws when the rule is not met.
 */
export function participantKey(
  rule: { kind: 'anyone' | 'verified'; claim?: ClaimRule | undefined } | undefined,
  actor: { voter: string; identity?: Identity | undefined },
): string {
  if (!rule || rule.kind === 'anyone') return actor.voter;
  const identity = actor.identity;
  if (!identity)
    throw new VerificationRequiredError(
      'Only verified participants can take part here: send an identity token (X-Civic-Identity)',
    );
  if (!identity.ok) throw identity.error;
  const { claim } = rule;
  if (claim) {
    const held = identity.value.claims[claim.name];
    const values = (Array.isArray(held) ? held : [held]).filter((v) => v !== undefined && v !== null).map(String);
    if (!values.some((v) => claim.anyOf.includes(v)))
      throw new NotEligibleError(
        `Only participants whose "${claim.name}" is one of ${claim.anyOf.join(', ')} can take part here`,
      );
  }
  return identity.value.key;
}
