import * as z from 'zod/mini';
import {
  Count,
  EmailAddress,
  Honeypot,
  PageUrl,
  LanguageTag,
  Slug,
  Timestamp,
  lengthOf,
  localised,
  nameOf,
  plainText,
  textOf,
} from './common.js';

export const ThreadStatus = z.enum(['open', 'closed']);
export const ModerationMode = z.enum(['post', 'pre']);
export const CommentStatus = z.enum(['published', 'pending', 'hidden', 'removed']);
export const CommentSort = z.enum(['newest', 'oldest', 'top']);
export const ReportReason = z.enum(['spam', 'abuse', 'off-topic', 'personal-data', 'other']);
export type ThreadStatus = z.infer<typeof ThreadStatus>;
export type ModerationMode = z.infer<typeof ModerationMode>;
export type CommentStatus = z.infer<typeof CommentStatus>;
export type CommentSort = z.infer<typeof CommentSort>;
export type ReportReason = z.infer<typeof ReportReason>;

/** A comment's id in URLs: the decimal string the server gives each comment. */
export const CommentId = z.string().check(z.regex(/^\d{1,15}$/, 'Must be a comment id: 1 to 15 digits'));

export const Thread = z.object({
  id: Slug,
  title: z.nullable(localised(lengthOf(0, 300))),
  status: ThreadStatus,
  moderation: ModerationMode,
  /** Longest comment body, counted with `countCharacters`. */
  maxLength: z.int().check(z.minimum(1), z.maximum(20000)),
  /** Deepest reply level; 0 allows no replies, 1 replies to top-level comments only. */
  maxDepth: z.int().check(z.minimum(0), z.maximum(10)),
  /** Distinct reports that hide a comment pending review. */
  reportThreshold: z.int().check(z.minimum(1)),
  /** Published comments, replies included. */
  commentCount: Count,
  /** `always`: every write needs a solved proof-of-work challenge (see docs/security.md, "Floods"). */
  challenge: z.optional(z.enum(['always'])),
  /** The server e-mails replies to those who give an address with their comment (see NewComment.replyEmail). */
  replyMail: z.optional(z.boolean()),
});
export type Thread = z.infer<typeof Thread>;

export const Comment = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  threadId: Slug,
  parentId: z.nullable(z.string()),
  /** Depth in the tree: 0 for top-level comments. */
  depth: z.int().check(z.minimum(0)),
  /** `null` shows as "Anonymous". */
  authorName: z.nullable(z.string()),
  /** Plain text; never HTML. */
  body: z.string(),
  /** The language it was written in (the page's, when it was posted); `null` when not known. */
  lang: z.nullable(z.string()),
  createdAt: Timestamp,
  status: CommentStatus,
  score: Count,
  replyCount: Count,
  /** The caller upvoted this comment. */
  upvotedByMe: z.boolean(),
  /** The caller wrote this comment (lets authors see their own pending comments). */
  mine: z.boolean(),
});
export type Comment = z.infer<typeof Comment>;

export const CommentPage = z.object({
  items: z.array(Comment),
  /** Opaque cursor for the next page, `null` at the end. */
  nextCursor: z.nullable(z.string()),
});
export type CommentPage = z.infer<typeof CommentPage>;

export const CommentQuery = z.strictObject({
  sort: z.optional(CommentSort),
  /** List replies to this comment instead of top-level comments. */
  parentId: z.optional(z.string().check(z.minLength(1), z.maxLength(64), plainText())),
  cursor: z.optional(z.string().check(z.maxLength(200), plainText())),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export type CommentQuery = z.infer<typeof CommentQuery>;

export const NewComment = z.strictObject({
  /** Checked against the thread's `maxLength` too. */
  body: textOf(1, 20000),
  authorName: z.optional(z.nullable(nameOf(0, 80))),
  parentId: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64), plainText()))),
  /** The language it is written in: the widget sends its own. */
  lang: z.optional(z.nullable(LanguageTag)),
  /**
   * An address to tell about replies to this comment, when the thread offers
   * it (`replyMail`): it gets a confirmation link first, and nothing else
   * until confirmed. Never shown.
   */
  replyEmail: z.optional(EmailAddress),
  /** The page the comment was posted on, for the link in those e-mails. */
  sourceUrl: z.optional(PageUrl),
  /** Honeypot: must be empty. */
  website: Honeypot,
});
export type NewComment = z.infer<typeof NewComment>;

export const CommentScore = z.object({ commentId: z.string(), score: Count, upvotedByMe: z.boolean() });
export type CommentScore = z.infer<typeof CommentScore>;

export const ReportInput = z.strictObject({
  reason: ReportReason,
  note: z.optional(textOf(0, 500)),
});
export type ReportInput = z.infer<typeof ReportInput>;
