import { type CivicError, NetworkError, TimeoutError } from '../errors.js';

/** How a client retries: attempts after the first, and the base delay for backoff. */
export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Exponential backoff with "equal jitter": half the delay fixed, half random,
 * so many clients recovering from the same outage do not retry in step.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Resolves after `ms`, or rejects with the signal's reason when aborted first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Statuses where the same request may succeed a moment later. */
export const RETRYABLE_STATUS = new Set([502, 503, 504]);

/** Turns a failed fetch (no response) into a typed error. */
export function transportError(error: unknown, timedOut: boolean): CivicError {
  if (timedOut) return new TimeoutError('The server did not answer in time', { cause: error });
  return new NetworkError('Could not reach the server', { cause: error });
}
