import type { ErrorCode } from './schemas/problem.js';
import {
  BadResponseError,
  type CivicError,
  type CivicErrorClass,
  type CivicErrorOptions,
  InvalidInputError,
  NetworkError,
  TimeoutError,
} from './errors.js';
import {
  AlreadyDoneError,
  ChallengeRequiredError,
  ClosedError,
  NotEligibleError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorisedError,
  VerificationRequiredError,
} from './errors-more.js';

/*
 * From codes and statuses to error classes: needed when reading problem
 * responses (loaded with the first failed request) and by backends.
 */

const BY_CODE: Record<ErrorCode, CivicErrorClass> = {
  network: NetworkError,
  timeout: TimeoutError,
  'not-found': NotFoundError,
  'invalid-input': InvalidInputError,
  'already-done': AlreadyDoneError,
  closed: ClosedError,
  'rate-limited': RateLimitedError,
  unauthorised: UnauthorisedError,
  'verification-required': VerificationRequiredError,
  'not-eligible': NotEligibleError,
  'challenge-required': ChallengeRequiredError,
  server: ServerError,
  'bad-response': BadResponseError,
};

/** Builds the error subclass for a code. */
export function civicError(code: ErrorCode, message?: string, options?: CivicErrorOptions): CivicError {
  return new BY_CODE[code](message, options);
}

/** The code for an HTTP status when the body is not a problem document. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'already-done';
  if (status === 423) return 'closed';
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'unauthorised';
  if (status >= 500) return 'server';
  if (status >= 400) return 'invalid-input';
  return 'bad-response';
}
