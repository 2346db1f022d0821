import { InvalidInputError } from '@civic-widgets/core';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/context.js';
import type { Hasher } from '../security/hash.js';

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * The acting participant, from `X-Civic-Voter`. Only keyed hashes of the
 * token and of the truncated client address are ever stored. Reads without a
 * token act as an anonymous reader; writes require one.
 */
export function actorOf(request: FastifyRequest, hasher: Hasher, required: boolean): Actor {
  const token = request.headers['x-civic-voter'];
  const value = Array.isArray(token) ? token[0] : token;
  if (value === undefined && !required) return { voter: 'anonymous-reader', ip: hasher.ip(request.ip) };
  if (!value || !TOKEN.test(value)) {
    throw new InvalidInputError(
      'Send a participant token in the X-Civic-Voter header (16–128 characters A–Z, a–z, 0–9, "-", "_")',
      {
        fieldErrors: [{ path: 'X-Civic-Voter', message: 'Missing or malformed' }],
      },
    );
  }
  return { voter: hasher.voter(value), ip: hasher.ip(request.ip) };
}
