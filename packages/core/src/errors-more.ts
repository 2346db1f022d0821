import { CivicError, errorClass } from './errors.js';

/*
 * The error classes a browser needs only once a backend answered with an
 * error (they load with the first failed request, see rest/response-error.ts),
 * and that backends throw. The package's index exports both modules.
 */

/** The poll, thread, comment, petition or service does not exist (or is not public). */
export const NotFoundError = /*#__PURE__*/ errorClass('not-found', 'NotFoundError', 'Not found');
/** The participant already did this (voted, reported). */
export const AlreadyDoneError = /*#__PURE__*/ errorClass('already-done', 'AlreadyDoneError', 'This was already done');
/** The resource is not open for this action (not yet open, closed, read-only). */
export const ClosedError = /*#__PURE__*/ errorClass('closed', 'ClosedError', 'This is not open');
/** Too many requests; `retryAfter` says when to try again. */
export const RateLimitedError = /*#__PURE__*/ errorClass('rate-limited', 'RateLimitedError', 'Too many requests');
/** Missing or wrong credentials (admin API), or a foreign origin. */
export const UnauthorisedError = /*#__PURE__*/ errorClass('unauthorised', 'UnauthorisedError', 'Not allowed');
/** Only verified participants may do this, and the request carried no valid identity token (see `eligibility`). */
export const VerificationRequiredError = /*#__PURE__*/ errorClass(
  'verification-required',
  'VerificationRequiredError',
  'Only verified participants can do this',
);
/** The verified participant does not meet the resource's `eligibility` rule (e.g. lives elsewhere). */
export const NotEligibleError = /*#__PURE__*/ errorClass('not-eligible', 'NotEligibleError', 'Not eligible to take part');
/** The write needs a solved proof-of-work challenge first (`problem.challenge`); the REST adapter solves it by itself. */
export const ChallengeRequiredError = /*#__PURE__*/ errorClass(
  'challenge-required',
  'ChallengeRequiredError',
  'A challenge must be solved first',
);
/** The backend failed. */
export const ServerError = /*#__PURE__*/ errorClass('server', 'ServerError', 'The server failed');
/** Converts anything thrown into a CivicError, keeping the original as `cause`. */
export function toCivicError(error: unknown): CivicError {
  if (error instanceof CivicError) return error;
  return new ServerError(error instanceof Error ? error.message : String(error), { cause: error });
}
