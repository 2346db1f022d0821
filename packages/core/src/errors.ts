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

export function errorClass(code: ErrorCode, name: string, fallback: string): CivicErrorClass {
  return class extends CivicError {
    constructor(message = fallback, options: CivicErrorOptions = {}) {
      super(code, message, options);
      this.name = name;
    }
  };
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export const NetworkError = /*#__PURE__*/ errorClass('network', 'NetworkError', 'The network request failed');
/** The backend did not answer in time. */
export const TimeoutError = /*#__PURE__*/ errorClass('timeout', 'TimeoutError', 'The request timed out');
/** The input broke a rule; `fieldErrors` says which fields. */
export const InvalidInputError = /*#__PURE__*/ errorClass('invalid-input', 'InvalidInputError', 'The input is not valid');
/** The backend answered something that does not match the protocol. */
export const BadResponseError = /*#__PURE__*/ errorClass(
  'bad-response',
  'BadResponseError',
  'The server sent an unexpected answer',
);

/** Turns zod issues into field problems for `invalid-input`. */
export function fieldProblems(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldProblem[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

// The other classes (not found, already done, closed, rate limited, unauthorised, server) are in
// errors-more.ts: in browsers they load with the first error response, not with the runtime.
