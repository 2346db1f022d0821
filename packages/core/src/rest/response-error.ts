import type { CivicError } from '../errors.js';
import { civicError, codeForStatus } from '../error-codes.js';
import { schemas } from './lazy-schemas.js';
import type { CaptchaRequest, CaptchaSolver } from './rest-adapter.js';

/*
 * Only failed requests need this: it loads with the first error response,
 * keeping the shared runtime small.
 */

/**
 * What a failed request comes to: the error to throw, or `null` when it is
 * to be sent again because the server asked for a proof of work, now solved
 * into `headers` (once per request; see challenge.ts).
 */
export async function failure(
  response: Response,
  headers: Record<string, string>,
  signal?: AbortSignal,
  captcha?: CaptchaSolver,
): Promise<CivicError | null> {
  const error = await responseError(response);
  const challenge = error.problem?.['challenge'] as Partial<CaptchaRequest> | undefined;
  if (!challenge || headers['x-civic-challenge']) return error;
  // A captcha service's token comes from the site's own widget; the proof of work is solved here.
  const token = challenge.provider
    ? await captcha?.(challenge as CaptchaRequest)
    : await (await import('./challenge.js')).solveFor(challenge, signal);
  if (!token) return error;
  headers['x-civic-challenge'] = token;
  return null;
}

/** Turns an error response into a CivicError, using the problem body when there is a valid one. */
export async function responseError(response: Response): Promise<CivicError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: fall back to the status
  }
  const { Problem } = await schemas.problem();
  const parsed = Problem.safeParse(body);
  if (parsed.success) {
    const problem = parsed.data;
    return civicError(problem.code, problem.detail ?? problem.title, {
      status: response.status,
      problem,
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  }
  return civicError(codeForStatus(response.status), `HTTP ${response.status}`, {
    status: response.status,
    ...(retryAfter === undefined ? {} : { retryAfter }),
  });
}

/** Seconds from a `Retry-After` header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}
