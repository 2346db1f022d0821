import * as z from 'zod/mini';
import { LanguageTag, Slug, Timestamp, adminText, nameOf, normaliseName, plainText } from '../common.js';
import { ModerationMode, ThreadStatus } from '../thread.js';
import { optionalText } from './common.js';

export const CommentDefinition = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64), plainText()),
  parentId: z._default(z.nullable(z.string().check(plainText())), null),
  /** A name, normalised as `normaliseName`; empty is anonymous. */
  authorName: z._default(
    z.nullable(
      z.pipe(
        nameOf(0, 80),
        z.transform((s: string) => normaliseName(s) || null),
      ),
    ),
    null,
  ),
  body: adminText(1, 20000),
  /** The language it is written in, when known. */
  lang: z._default(z.nullable(LanguageTag), null),
  createdAt: z.optional(Timestamp),
  status: z._default(z.enum(['published', 'pending', 'hidden', 'removed']), 'published'),
});
export type CommentDefinition = z.input<typeof CommentDefinition>;

export const ThreadDefinition = z.strictObject({
  id: Slug,
  title: optionalText(300),
  status: z._default(ThreadStatus, 'open'),
  moderation: z._default(ModerationMode, 'post'),
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(20000)), 2000),
  maxDepth: z._default(z.int().check(z.minimum(0), z.maximum(10)), 3),
  reportThreshold: z._default(z.int().check(z.minimum(1)), 3),
  comments: z._default(z.array(CommentDefinition), []),
  /** `always`: every write needs a solved proof-of-work challenge (an administrator's answer to a flood). */
  challenge: z.optional(z.enum(['always'])),
});
export type ThreadDefinition = z.input<typeof ThreadDefinition>;
