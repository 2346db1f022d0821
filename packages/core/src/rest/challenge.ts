import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { ChallengeRequiredError } from '../errors-more.js';

/*
 * Loaded only when a server asks a write for a proof of work (`428
 * challenge-required`, see docs/protocol.md): the citizen does nothing, the
 * widget waits while WebCrypto (native, off the page's thread) finds the
 * answer — about a second on a cheap phone for the base challenge.
 */

/** Solves a challenge and gives the `X-Civic-Challenge` header's value (base64url JSON of ALTCHA's payload). */
export async function solveFor(challenge: unknown, signal?: AbortSignal): Promise<string> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const solution = await solveChallenge({ challenge: challenge as Challenge, deriveKey, controller, timeout: 60_000 }).catch(
    () => null,
  );
  if (!solution) throw new ChallengeRequiredError('The challenge could not be solved in time');
  const json = JSON.stringify({ challenge, solution });
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
