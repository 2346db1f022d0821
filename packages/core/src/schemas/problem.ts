import * as z from 'zod/mini';

/** Stable error codes shared by the protocol, the adapters and the widgets. */
export const ERROR_CODES = [
  'network',
  'timeout',
  'not-found',
  'invalid-input',
  'already-done',
  'closed',
  'rate-limited',
  'unauthorised',
  'verification-required',
  'not-eligible',
  'challenge-required',
  'server',
  'bad-response',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One field-level problem inside an `invalid-input` response. */
export const FieldProblem = z.object({
  /** Dotted path of the field, e.g. `email` or `choices.0`. */
  path: z.string(),
  message: z.string(),
});
export type FieldProblem = z.infer<typeof FieldProblem>;

/** RFC 9457 problem details, extended with a stable `code`. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  code: ErrorCode,
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
  /** Seconds until a rate-limited request may be retried. */
  retryAfter: z.optional(z.number()),
});
export type Problem = z.infer<typeof Problem>;

/** The `type` URI used for each code. Relative URIs are allowed by RFC 9457. */
export function problemType(code: ErrorCode): string {
  return `/problems/${code}`;
}
