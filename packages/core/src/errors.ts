import type { ErrorCode, FieldProblem, Problem } from './schemas/problem.js';

export interface CivicErrorOptions {
  cause?: unknown;
  /** HTTP status, when the error came from an HTTP response. */
  status?: number;
  /** The parsed problem body, when the backend sent one. */
  problem?: Problem;
  /** Field-level messages for `invalid-input`. */
  fieldErrors?: FieldProblem[];
  /** Seconds to wait before retrying, for `rate-limited`. */
  retryAfter?: number;
}

/**
 * The one error type every adapter throws. Widgets map `code` to a message in
 * the citizen's language and offer a retry when `retryable` is true.
 */
export class CivicError extends Error {
  override name = 'CivicError';
  readonly code: ErrorCode;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly fieldErrors: FieldProblem[];
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, options: CivicErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.problem = options.problem;
    this.fieldErrors = options.fieldErrors ?? options.problem?.errors ?? [];
    this.retryAfter = options.retryAfter ?? options.problem?.retryAfter;
  }

  /** Whether trying the same thing again later can succeed. */
  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

const RETRYABLE = new Set<ErrorCode>(['network', 'timeout', 'rate-limited', 'server']);

/** A CivicError subclass for one code, with a default message. */
export type CivicErrorClass = new (message?: string, options?: CivicErrorOptions) => CivicError;

function errorClass(code: ErrorCode, name: string, fallback: string): CivicErrorClass {
  return class extends CivicError {
    constructor(message = fallback, options: CivicErrorOptions = {}) {
      super(code, message, options);
      this.name = name;
    }
  };
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export const NetworkError = errorClass('network', 'NetworkError', 'The network request failed');
/** The backend did not answer in time. */
export const TimeoutError = errorClass('timeout', 'TimeoutError', 'The request timed out');
/** The poll, thread, comment, petition or service does not exist (or is not public). */
export const NotFoundError = errorClass('not-found', 'NotFoundError', 'Not found');
/** The input broke a rule; `fieldErrors` says which fields. */
export const InvalidInputError = errorClass('invalid-input', 'InvalidInputError', 'The input is not valid');
/** The participant already did this (voted, reported). */
export const AlreadyDoneError = errorClass('already-done', 'AlreadyDoneError', 'This was already done');
/** The resource is not open for this action (not yet open, closed, read-only). */
export const ClosedError = errorClass('closed', 'ClosedError', 'This is not open');
/** Too many requests; `retryAfter` says when to try again. */
export const RateLimitedError = errorClass('rate-limited', 'RateLimitedError', 'Too many requests');
/** Missing or wrong credentials (admin API), or a foreign origin. */
export const UnauthorisedError = errorClass('unauthorised', 'UnauthorisedError', 'Not allowed');
/** The backend failed. */
export const ServerError = errorClass('server', 'ServerError', 'The server failed');
/** The backend answered something that does not match the protocol. */
export const BadResponseError = errorClass('bad-response', 'BadResponseError', 'The server sent an unexpected answer');

const BY_CODE: Record<ErrorCode, CivicErrorClass> = {
  network: NetworkError,
  timeout: TimeoutError,
  'not-found': NotFoundError,
  'invalid-input': InvalidInputError,
  'already-done': AlreadyDoneError,
  closed: ClosedError,
  'rate-limited': RateLimitedError,
  unauthorised: UnauthorisedError,
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

/** Converts anything thrown into a CivicError, keeping the original as `cause`. */
export function toCivicError(error: unknown): CivicError {
  if (error instanceof CivicError) return error;
  return new ServerError(error instanceof Error ? error.message : String(error), { cause: error });
}

/** Turns zod issues into field problems for `invalid-input`. */
export function fieldProblems(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldProblem[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
