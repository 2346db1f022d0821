import { CivicError, type ErrorCode, type Problem, problemType } from '@civic-widgets/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const STATUS: Record<ErrorCode, number> = {
  'invalid-input': 422,
  'not-found': 404,
  'already-done': 409,
  closed: 423,
  'rate-limited': 429,
  unauthorised: 403,
  'verification-required': 401,
  'not-eligible': 403,
  'challenge-required': 428,
  server: 500,
  'bad-response': 502,
  network: 502,
  timeout: 504,
};

const TITLES: Record<ErrorCode, string> = {
  'invalid-input': 'The request is not valid',
  'not-found': 'Not found',
  'already-done': 'Already done',
  closed: 'Not open',
  'rate-limited': 'Too many requests',
  unauthorised: 'Not allowed',
  'verification-required': 'Verification required',
  'not-eligible': 'Not eligible',
  'challenge-required': 'Challenge required',
  server: 'Server error',
  'bad-response': 'Bad response',
  network: 'Network error',
  timeout: 'Timeout',
};

export function problem(code: ErrorCode, detail: string, extra: Partial<Problem> = {}, status?: number): Problem {
  status ??= STATUS[code];
  return { type: problemType(code), title: TITLES[code], status, code, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  if (p.retryAfter !== undefined) reply.header('retry-after', String(Math.ceil(p.retryAfter)));
  return reply.code(p.status).type('application/problem+json').header('cache-control', 'no-store').send(p);
}

/** Turns anything thrown by a route into an RFC 9457 problem response. */
export function problemFor(error: unknown, request: FastifyRequest): Problem {
  const instance = request.url.split('?')[0];
  if (error instanceof CivicError) {
    return problem(
      error.code,
      error.message,
      {
        instance,
        ...(error.fieldErrors.length ? { errors: error.fieldErrors } : {}),
        ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
      },
      // A domain error may name a more precise status of its class (401 for a failed sign-in).
      error.status !== undefined && error.status >= 400 && error.status < 500 ? error.status : undefined,
    );
  }
  const fe = error as Partial<FastifyError>;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('invalid-input', 'The body is not valid JSON', { instance }, 400);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('invalid-input', 'The body is too large', { instance }, 413);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem('invalid-input', 'Send the body as application/json', { instance }, 415);
  }
  if (fe.statusCode === 429) return problem('rate-limited', 'Too many requests; wait a moment', { instance });
  if (error instanceof SyntaxError) return problem('invalid-input', 'The body is not valid JSON', { instance }, 400);
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problem('invalid-input', fe.message ?? 'Bad request', { instance }, fe.statusCode);
  }
  return problem('server', 'Something went wrong on the server', { instance });
}
