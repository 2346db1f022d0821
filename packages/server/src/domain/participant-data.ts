import { InvalidInputError, Slug, Timestamp } from '@civic-widgets/core';
import * as z from 'zod/mini';
import type { Actor, Context } from './context.js';
import { replyAddressesOf } from './reply-mail.js';

/**
 * What the server holds for one participant token, for the participant to
 * download (a right of access): every vote, comment, upvote, report and
 * rating made with it, and the address given with a comment for e-mails about replies. Rows are found by the token's keyed hash, the only
 * form stored; votes whose hash retention removed are no longer theirs to
 * find. Signatures are kept by e-mail address, not token, so they are not
 * here (docs/privacy.md says how a signer reaches theirs).
 */
export const ParticipantData = z.object({
  generatedAt: Timestamp,
  votes: z.array(z.object({ pollId: Slug, choices: z.array(Slug), votedAt: Timestamp, changedAt: Timestamp })),
  comments: z.array(
    z.object({
      threadId: Slug,
      commentId: z.string(),
      parentId: z.nullable(z.string()),
      authorName: z.nullable(z.string()),
      body: z.string(),
      lang: z.nullable(z.string()),
      status: z.string(),
      createdAt: Timestamp,
      /** The address given for e-mails about replies, while it is kept (see domain/reply-mail.ts). */
      replyEmail: z.nullable(z.string()),
    }),
  ),
  upvotes: z.array(z.object({ threadId: Slug, commentId: z.string() })),
  reports: z.array(
    z.object({ threadId: Slug, commentId: z.string(), reason: z.string(), note: z.nullable(z.string()), reportedAt: Timestamp }),
  ),
  ratings: z.array(
    z.object({
      serviceId: Slug,
      score: z.int(),
      reasons: z.array(z.string()),
      comment: z.nullable(z.string()),
      pageUrl: z.nullable(z.string()),
      ratedAt: Timestamp,
      changedAt: Timestamp,
    }),
  ),
});
export type ParticipantData = z.infer<typeof ParticipantData>;

const iso = (ms: number) => new Date(ms).toISOString();

export async function participantData(ctx: Context, actor: Actor): Promise<ParticipantData> {
  if (actor.voter === 'anonymous-reader') {
    throw new InvalidInputError('Send your participant token in the X-Civic-Voter header to download what is held for it', {
      fieldErrors: [{ path: 'X-Civic-Voter', message: 'Missing' }],
    });
  }
  const { db } = ctx;
  const [ballots, comments, upvotes, reports, ratings] = await Promise.all([
    db.selectFrom('ballots').selectAll().where('voter', '=', actor.voter).orderBy('created_ms').execute(),
    db.selectFrom('comments').selectAll().where('voter', '=', actor.voter).orderBy('id').execute(),
    db
      .selectFrom('upvotes')
      .innerJoin('comments', 'comments.id', 'upvotes.comment_id')
      .select(['comments.thread_id', 'comments.id'])
      .where('upvotes.voter', '=', actor.voter)
      .orderBy('comments.id')
      .execute(),
    db
      .selectFrom('reports')
      .innerJoin('comments', 'comments.id', 'reports.comment_id')
      .select(['comments.thread_id', 'comments.id', 'reports.reason', 'reports.note', 'reports.created_ms'])
      .where('reports.voter', '=', actor.voter)
      .orderBy('reports.created_ms')
      .execute(),
    db.selectFrom('ratings').selectAll().where('voter', '=', actor.voter).orderBy('created_ms').execute(),
  ]);
  const replyEmails = await replyAddressesOf(
    ctx,
    comments.map((c) => c.id),
  );
  return {
    generatedAt: ctx.now().toISOString(),
    votes: ballots.map((b) => ({
      pollId: b.poll_id,
      choices: JSON.parse(b.choices) as string[],
      votedAt: iso(b.created_ms),
      changedAt: iso(b.updated_ms),
    })),
    comments: comments.map((c) => ({
      threadId: c.thread_id,
      commentId: String(c.id),
      parentId: c.parent_id === null ? null : String(c.parent_id),
      authorName: c.author_name,
      body: c.body,
      lang: c.lang,
      status: c.status,
      createdAt: iso(c.created_ms),
      replyEmail: replyEmails.get(c.id) ?? null,
    })),
    upvotes: upvotes.map((u) => ({ threadId: u.thread_id, commentId: String(u.id) })),
    reports: reports.map((r) => ({
      threadId: r.thread_id,
      commentId: String(r.id),
      reason: r.reason,
      note: r.note,
      reportedAt: iso(r.created_ms),
    })),
    ratings: ratings.map((r) => ({
      serviceId: r.service_id,
      score: r.score,
      reasons: JSON.parse(r.reasons) as string[],
      comment: r.comment,
      pageUrl: r.page_url,
      ratedAt: iso(r.created_ms),
      changedAt: iso(r.updated_ms),
    })),
  };
}
