import { ChallengeRequiredError } from '@civic-widgets/core';
import { type Challenge, type Payload, createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { createHash, createHmac } from 'node:crypto';
import type { Context } from '../domain/context.js';
import { CAPTCHA_TOKEN_LIFETIME_MS, type CaptchaVerifier } from './captcha.js';

/**
 * The adaptive challenge against floods (see docs/security.md, "Floods"): a
 * proof of work (ALTCHA's, PBKDF2-SHA-256) that the widget solves by itself
 * before a write is accepted. It is asked for when the writes from one
 * network in the last ten minutes pass a threshold, or on a resource whose
 * definition says `"challenge": "always"`; each write beyond the threshold
 * doubles the work the next one costs that network, so bulk writing (rotating
 * participant tokens, say) slows exponentially while one person on a shared
 * network pays about a second once.
 */
export interface ChallengeRules {
  /** Writes a network may make in ten minutes without a challenge; 0: every write needs one. */
  threshold: number;
  /** Writes beyond the threshold that double the work (1: every write doubles it). */
  step: number;
  /** PBKDF2 iterations per attempt. */
  cost: number;
  /** Attempts the base challenge needs, on average 1.5× this (the server picks between it and twice it). */
  attempts: number;
  /** The most the work may double. */
  maxDoublings: number;
}

export const DEFAULT_CHALLENGE_RULES: ChallengeRules = {
  threshold: 30,
  step: 2,
  cost: 5_000,
  attempts: 25,
  maxDoublings: 16,
};

const WINDOW_MS = 10 * 60_000;
const BUCKET_MS = 60_000;
const ALGORITHM = 'PBKDF2/SHA-256';
/** How long a challenge may be solved and sent. */
const LIFETIME_S = 300;

/** Writes per network in one-minute buckets, for the last ten minutes (per instance). */
class NetworkWrites {
  readonly #buckets = new Map<string, Map<number, number>>();
  #lastPrune = 0;

  add(network: string, nowMs: number): void {
    const bucket = Math.floor(nowMs / BUCKET_MS);
    let counts = this.#buckets.get(network);
    if (!counts) this.#buckets.set(network, (counts = new Map()));
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    if (nowMs - this.#lastPrune > BUCKET_MS) this.#prune(nowMs);
  }

  recent(network: string, nowMs: number): number {
    const oldest = Math.floor((nowMs - WINDOW_MS) / BUCKET_MS);
    let sum = 0;
    for (const [bucket, n] of this.#buckets.get(network) ?? []) if (bucket > oldest) sum += n;
    return sum;
  }

  #prune(nowMs: number): void {
    this.#lastPrune = nowMs;
    const oldest = Math.floor((nowMs - WINDOW_MS) / BUCKET_MS);
    for (const [network, counts] of this.#buckets) {
      for (const bucket of counts.keys()) if (bucket <= oldest) counts.delete(bucket);
      if (counts.size === 0) this.#buckets.delete(network);
    }
  }
}

/** Decides when a write needs a challenge, issues challenges, and checks solutions (each accepted once). */
export class ChallengeGate {
  readonly #writes = new NetworkWrites();
  readonly #signing: string;
  readonly #keySigning: string;

  constructor(
    readonly rules: ChallengeRules,
    secret: string,
    /** A captcha service in place of the proof of work (CIVIC_CHALLENGE_PROVIDER; see captcha.ts). */
    private readonly captcha: CaptchaVerifier | null = null,
  ) {
    this.#signing = createHmac('sha256', secret).update('challenge').digest('base64url');
    this.#keySigning = createHmac('sha256', secret).update('challenge-key').digest('base64url');
  }

  /** Counts a write attempt from a network. */
  count(network: string, nowMs: number): void {
    this.#writes.add(network, nowMs);
  }

  /**
   * How many times the base work the network's next write must show, or 0
   * when it needs no challenge. `always`: the resource asks for one anyway.
   */
  doublings(network: string, nowMs: number, always = false): number | null {
    const { threshold, step, maxDoublings } = this.rules;
    const recent = this.#writes.recent(network, nowMs);
    const excess = recent - (always ? 0 : threshold);
    if (excess < 0 || (!always && threshold === Infinity)) return null;
    return Math.min(maxDoublings, Math.floor(excess / Math.max(1, step)));
  }

  /** A new challenge worth `2^doublings` base challenges (or the captcha provider's, whose work is its own). */
  async issue(doublings: number, nowMs: number): Promise<Challenge | ReturnType<CaptchaVerifier['challenge']>> {
    if (this.captcha) return this.captcha.challenge();
    const attempts = this.rules.attempts * 2 ** doublings;
    return createChallenge({
      algorithm: ALGORITHM,
      cost: this.rules.cost,
      counter: randomInt(attempts, attempts * 2),
      deriveKey,
      expiresAt: Math.floor(nowMs / 1000) + LIFETIME_S,
      data: { d: doublings },
      hmacSignatureSecret: this.#signing,
      hmacKeySignatureSecret: this.#keySigning,
    });
  }

  /**
   * Checks an `X-Civic-Challenge` header (base64url JSON of ALTCHA's payload):
   * signed by this server, not expired, solved, worth at least `doublings`,
   * and not used before. Throws `challenge-required` otherwise.
   */
  async check(ctx: Context, header: string, doublings: number, remoteIp: string): Promise<void> {
    if (this.captcha) {
      await this.captcha.verify(header, remoteIp);
      return useOnce(ctx, header, ctx.now().getTime() + CAPTCHA_TOKEN_LIFETIME_MS);
    }
    let payload: Payload;
    try {
      payload = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Payload;
      if (typeof payload?.challenge?.parameters !== 'object' || typeof payload.solution?.counter !== 'number')
        throw new Error('shape');
    } catch {
      throw new ChallengeRequiredError('The X-Civic-Challenge header is not a solved challenge');
    }
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: this.#signing,
      hmacKeySignatureSecret: this.#keySigning,
    }).catch(() => null);
    if (!result?.verified)
      throw new ChallengeRequiredError(result?.expired ? 'The challenge has expired' : 'The challenge is not solved');
    // The work is signed with the challenge: a cheaper challenge from earlier does not pay for a dearer write now.
    if (Number(payload.challenge.parameters.data?.['d'] ?? -1) < doublings)
      throw new ChallengeRequiredError('This network now needs a harder challenge');
    await useOnce(ctx, payload.challenge.signature ?? '', (payload.challenge.parameters.expiresAt ?? 0) * 1000);
  }
}

/** Records a challenge (by the hash of what identifies it) as used until it expires; throws if it was used before. */
async function useOnce(ctx: Context, identifying: string, expiresMs: number): Promise<void> {
  const id = createHash('sha256').update(identifying).digest('base64url');
  const fresh = await ctx.transact(async (tx) =>
    tx.db
      .insertInto('challenge_solutions')
      .values({ id, expires_ms: expiresMs })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst(),
  );
  if (Number(fresh.numInsertedOrUpdatedRows ?? 0) === 0) throw new ChallengeRequiredError('This challenge was used already');
}

/** Forgets used challenges once they have expired: an expired one is refused anyway. */
export async function forgetExpiredChallenges(ctx: Context): Promise<void> {
  await ctx.db.deleteFrom('challenge_solutions').where('expires_ms', '<', ctx.now().getTime()).execute();
}

/** A resource whose definition says `"challenge": "always"` takes writes only with a solved challenge. */
export function requireChallenge(resource: object, actor: { challenged?: boolean }): void {
  if ((resource as { challenge?: unknown }).challenge === 'always' && !actor.challenged)
    throw new ChallengeRequiredError('Writes here need a solved challenge: the widget solves it by itself');
}
