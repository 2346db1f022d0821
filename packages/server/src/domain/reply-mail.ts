import { plainTextFor, stripPageUrl, type Thread } from '@civic-widgets/core';
import { type Selectable, sql } from 'kysely';
import type { CommentsTable } from '../db/schema.js';
import { JobQueue, type Job } from '../jobs/queue.js';
import { mailFooter } from '../mail/footer.js';
import { takeMail } from '../mail/limits.js';
import { daysIn, pickLang, translator } from '../i18n/index.js';
import { type Context, changed, fromJson } from './context.js';

/*
 * E-mails about replies to a participant's comments (docs/privacy.md,
 * "Replies by e-mail"). A comment may carry an address: the address is
 * subscribed to the comment's thread, and stays silent until it is confirmed —
 * its first comment sends one confirmation mail (limited like signature
 * confirmations), and nothing else goes to it before the button on that link's
 * page is pressed, so the feature cannot be used to mail strangers. Once it is
 * confirmed, a reply by someone else to any comment posted with it makes a
 * digest due: at once, or an hour after the last one; the digest job mails
 * every reply not mailed yet, and marks them. Each digest carries a one-click
 * stop link (RFC 8058) for its thread, whose page can also stop every thread,
 * now and later (kept as the address's keyed hash, nothing else).
 */

const JOB = 'reply-digest';
/** At most one digest per subscription (address and thread) in this time. */
export const DIGEST_INTERVAL_MS = 3_600_000;
/** Replies quoted in one digest; the rest are counted. */
const QUOTED = 10;
/** Characters of a reply quoted in a digest. */
const EXCERPT = 500;

interface Subscriber {
  threadId: string;
  commentId: number;
  email: string;
  lang: string | null;
  sourceUrl: string | null;
}

/**
 * Subscribes `email` to replies in the comment's thread (in the comment's
 * transaction), and sends the confirmation mail when the subscription is not
 * confirmed — unless the address stopped all reply mail, or its mail allowance
 * is spent. Says nothing either way: the answer to the comment must not tell
 * whether an address is known.
 */
export async function subscribeToReplies(tx: Context, thread: Pick<Thread, 'id' | 'title'>, who: Subscriber): Promise<void> {
  const key = tx.emailKey(who.email);
  const nowMs = tx.now().getTime();
  const optedOut = await tx.db.selectFrom('reply_optouts').select('email_key').where('email_key', '=', key).executeTakeFirst();
  if (optedOut) return;
  const values = { email: who.email, lang: who.lang, source_url: stripPageUrl(who.sourceUrl) };
  await tx.db
    .insertInto('reply_subscriptions')
    .values({ thread_id: who.threadId, email_key: key, state: 'pending', requested_ms: nowMs, last_comment_ms: nowMs, ...values })
    .onConflict((oc) =>
      oc.columns(['thread_id', 'email_key']).doUpdateSet((eb) => ({
        ...values,
        last_comment_ms: nowMs,
        // Stopped, and asked again: a new request, confirmed anew.
        state: eb
          .case()
          .when('reply_subscriptions.state', '=', 'stopped')
          .then('pending')
          .else(eb.ref('reply_subscriptions.state'))
          .end(),
        requested_ms: eb
          .case()
          .when('reply_subscriptions.state', '=', 'stopped')
          .then(nowMs)
          .else(eb.ref('reply_subscriptions.requested_ms'))
          .end(),
      })),
    )
    .execute();
  const sub = await tx.db
    .selectFrom('reply_subscriptions')
    .select(['id', 'state', 'requested_ms'])
    .where('thread_id', '=', who.threadId)
    .where('email_key', '=', key)
    .executeTakeFirstOrThrow();
  await tx.db.updateTable('comments').set({ reply_subscription: sub.id }).where('id', '=', who.commentId).execute();
  if (sub.state !== 'pending') return;
  const limits = { intervalMs: tx.signing.mailIntervalMs, perDay: tx.signing.mailsPerDay };
  if (!(await takeMail(tx.db, limits, key, `replies:${who.threadId}`, nowMs))) return;
  const lang = pickLang(who.lang);
  const t = translator(lang);
  const link = `${tx.publicUrl}/api/v1/replies/confirm/${confirmReference(tx, Number(sub.id), Number(sub.requested_ms))}`;
  const title = threadTitle(thread, lang);
  await tx.mailer.send({
    to: who.email,
    subject: t('mail.replies.confirm.subject', { title }),
    text: `${t('mail.replies.confirm.body', { title, link, duration: daysIn(lang, Math.round(tx.signing.linkTtlMs / 86_400_000)) })}${mailFooter(tx.agency, lang)}`,
    link,
  });
}

function threadTitle(thread: Pick<Thread, 'id' | 'title'>, lang: string): string {
  return thread.title ? plainTextFor(thread.title, lang) : thread.id;
}

// ------------------------------------------------------------------ links

/** A confirmation link's reference: the subscription and a token keyed to it and to when it was asked for. */
function confirmReference(ctx: Context, id: number, requestedMs: number): string {
  return `${id}.${ctx.keyedToken(`replies-confirm:${id}:${requestedMs}`)}`;
}

/** The one-click link that stops a subscription's mails (nothing stored: the token is keyed to the id). */
export function replyStopLink(ctx: Context, id: number): string {
  return `${ctx.publicUrl}/api/v1/replies/stop/${id}.${ctx.keyedToken(`replies-stop:${id}`)}`;
}

function parseReference(reference: string): { id: number; token: string } | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{16,})$/.exec(reference);
  return match ? { id: Number(match[1]), token: match[2]! } : null;
}

async function readSubscription(ctx: Context, id: number) {
  const row = await ctx.db
    .selectFrom('reply_subscriptions')
    .innerJoin('threads', 'threads.id', 'reply_subscriptions.thread_id')
    .select([
      'reply_subscriptions.id',
      'reply_subscriptions.state',
      'reply_subscriptions.requested_ms',
      'reply_subscriptions.email_key',
      'reply_subscriptions.lang',
      'reply_subscriptions.source_url',
      'threads.id as thread_id',
      'threads.data',
    ])
    .where('reply_subscriptions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const lang = pickLang(row.lang);
  return { ...row, threadTitle: threadTitle(fromJson<Thread>(row.data), lang) };
}

// ------------------------------------------------------------------ confirming

export interface ReplyConfirmation {
  state: 'unknown' | 'expired' | 'pending' | 'confirmed' | 'already-confirmed';
  threadTitle: string | null;
  lang: string | null;
  sourceUrl: string | null;
}

const UNKNOWN = { threadTitle: null, lang: null, sourceUrl: null } as const;

/** What a confirmation link is about, changing nothing (the page before its button). */
export async function inspectReplyConfirmation(ctx: Context, reference: string): Promise<ReplyConfirmation> {
  const ref = parseReference(reference);
  const row = ref && (await readSubscription(ctx, ref.id));
  if (!ref || !row || ctx.keyedToken(`replies-confirm:${row.id}:${row.requested_ms}`) !== ref.token)
    return { state: 'unknown', ...UNKNOWN };
  const found = { threadTitle: row.threadTitle, lang: row.lang, sourceUrl: row.source_url };
  if (row.state === 'active') return { state: 'already-confirmed', ...found };
  if (row.state !== 'pending') return { state: 'unknown', ...UNKNOWN };
  if (Number(row.requested_ms) + ctx.signing.linkTtlMs <= ctx.now().getTime()) return { state: 'expired', ...found };
  return { state: 'pending', ...found };
}

/** Confirms the address: reply mail may go to it from now on (replies already waiting included). */
export async function confirmReplies(ctx: Context, reference: string): Promise<ReplyConfirmation> {
  return ctx.transact(async (tx) => {
    const found = await inspectReplyConfirmation(tx, reference);
    if (found.state !== 'pending') return found;
    const id = parseReference(reference)!.id;
    const nowMs = tx.now().getTime();
    const done = await tx.db
      .updateTable('reply_subscriptions')
      .set({ state: 'active', confirmed_ms: nowMs })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (changed(done)) await digestDue(tx, id);
    return { ...found, state: 'confirmed' };
  });
}

// ------------------------------------------------------------------ stopping

export interface ReplyStop {
  state: 'unknown' | 'ready' | 'stopped' | 'stopped-all';
  threadTitle: string | null;
  lang: string | null;
}

/** The subscription a stop link names, if its token is right. */
async function stopped(ctx: Context, reference: string) {
  const ref = parseReference(reference);
  const row = ref && (await readSubscription(ctx, ref.id));
  return row && ctx.keyedToken(`replies-stop:${row.id}`) === ref.token ? row : null;
}

function stopState(row: Awaited<ReturnType<typeof stopped>>): ReplyStop {
  if (!row) return { state: 'unknown', threadTitle: null, lang: null };
  return { state: row.state === 'stopped' ? 'stopped' : 'ready', threadTitle: row.threadTitle, lang: row.lang };
}

/** What a stop link is about, changing nothing (the page before its button). */
export async function inspectReplyStop(ctx: Context, reference: string): Promise<ReplyStop> {
  return stopState(await stopped(ctx, reference));
}

/**
 * Stops a subscription's mails (one click, from a mail provider or the page)
 * and forgets its address; with `all`, every subscription of the address, and
 * any it makes later.
 */
export async function stopReplies(ctx: Context, reference: string, all: boolean): Promise<ReplyStop> {
  return ctx.transact(async (tx) => {
    const row = await stopped(tx, reference);
    if (!row) return stopState(row);
    const stop = { state: 'stopped', email: null, digest_due_ms: null };
    if (all) {
      await tx.db
        .insertInto('reply_optouts')
        .values({ email_key: row.email_key, created_ms: tx.now().getTime() })
        .onConflict((oc) => oc.column('email_key').doNothing())
        .execute();
      await tx.db.updateTable('reply_subscriptions').set(stop).where('email_key', '=', row.email_key).execute();
    } else {
      await tx.db.updateTable('reply_subscriptions').set(stop).where('id', '=', row.id).execute();
    }
    return { ...stopState(row), state: all ? 'stopped-all' : 'stopped' };
  });
}

// ------------------------------------------------------------------ digests

type Parent = Pick<Selectable<CommentsTable>, 'reply_subscription' | 'voter'>;

/**
 * A reply was published (posted on a thread without pre-moderation, or
 * approved): if its parent was posted with a confirmed address, and not by
 * the replier, a digest becomes due.
 */
export async function noteReply(
  tx: Context,
  reply: { parent_id: number | null; voter: string | null },
  /** The parent, when the caller has read it already. */
  known?: Parent,
): Promise<void> {
  if (reply.parent_id === null) return;
  const parent =
    known ??
    (await tx.db
      .selectFrom('comments')
      .select(['reply_subscription', 'voter'])
      .where('id', '=', reply.parent_id)
      .executeTakeFirst());
  if (!parent || parent.reply_subscription === null) return;
  if (parent.voter !== null && parent.voter === reply.voter) return;
  await digestDue(tx, Number(parent.reply_subscription));
}

/** Makes a confirmed subscription's digest due, unless one is already: at once, or an hour after the last. */
async function digestDue(tx: Context, id: number): Promise<void> {
  const sub = await tx.db.selectFrom('reply_subscriptions').select(['last_digest_ms']).where('id', '=', id).executeTakeFirst();
  if (!sub) return;
  const nowMs = tx.now().getTime();
  const due = Math.max(nowMs, sub.last_digest_ms === null ? 0 : Number(sub.last_digest_ms) + DIGEST_INTERVAL_MS);
  const set = await tx.db
    .updateTable('reply_subscriptions')
    .set({ digest_due_ms: due })
    .where('id', '=', id)
    .where('state', '=', 'active')
    .where('digest_due_ms', 'is', null)
    .executeTakeFirst();
  if (changed(set)) await queueDigest(tx, id, due);
}

function queueDigest(tx: Context, id: number, runAtMs: number) {
  return JobQueue.enqueue(tx.db, { kind: JOB, key: `${JOB}:${id}:${runAtMs}`, payload: { id }, runAtMs }, tx.now().getTime());
}

/**
 * A digest (a job): every published reply to the subscriber's comments that
 * was not mailed yet, in one mail, the replies then marked. Its due time is
 * cleared in the same transaction, so a second run of the same job (a worker
 * died after it) finds nothing due and sends nothing.
 */
export async function runReplyDigest(ctx: Context, job: Job): Promise<void> {
  const { id } = job.payload as { id: number };
  await ctx.transact(async (tx) => {
    const nowMs = tx.now().getTime();
    const sub = await tx.db.selectFrom('reply_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!sub || sub.state !== 'active' || sub.digest_due_ms === null || sub.email === null) return;
    const due = Number(sub.digest_due_ms);
    const earliest = sub.last_digest_ms === null ? 0 : Number(sub.last_digest_ms) + DIGEST_INTERVAL_MS;
    if (earliest > nowMs) {
      // Made due from an older last digest (a race with the digest before): once an hour all the same.
      await tx.db.updateTable('reply_subscriptions').set({ digest_due_ms: earliest }).where('id', '=', id).execute();
      await queueDigest(tx, id, earliest);
      return;
    }
    const taken = await tx.db
      .updateTable('reply_subscriptions')
      .set({ digest_due_ms: null })
      .where('id', '=', id)
      .where('digest_due_ms', '=', due)
      .executeTakeFirst();
    if (!changed(taken)) return;
    const replies = await tx.db
      .selectFrom('comments as reply')
      .innerJoin('comments as parent', 'parent.id', 'reply.parent_id')
      .select(['reply.id', 'reply.author_name', 'reply.body'])
      .where('parent.reply_subscription', '=', id)
      .where('reply.status', '=', 'published')
      .where('reply.reply_mailed', '=', 0)
      .where((eb) =>
        eb.or([eb('parent.voter', 'is', null), eb('reply.voter', 'is', null), eb('reply.voter', '!=', eb.ref('parent.voter'))]),
      )
      .orderBy('reply.id')
      .execute();
    if (replies.length === 0) return;
    await tx.db
      .updateTable('comments')
      .set({ reply_mailed: 1 })
      .where(
        'id',
        'in',
        replies.map((r) => r.id),
      )
      .execute();
    await tx.db.updateTable('reply_subscriptions').set({ last_digest_ms: nowMs }).where('id', '=', id).execute();
    const thread = await tx.db.selectFrom('threads').select(['id', 'data']).where('id', '=', sub.thread_id).executeTakeFirst();
    if (!thread) return;
    const link = replyStopLink(tx, id);
    const readLink = sub.source_url && (await tx.sites.allows(new URL(sub.source_url).origin)) ? sub.source_url : null;
    await tx.mailer.send({
      to: sub.email,
      ...digestMail(tx, fromJson<Thread>(thread.data), replies, sub.lang, readLink, link),
      link,
      unsubscribe: true,
    });
  });
}

function digestMail(
  ctx: Context,
  thread: Thread,
  replies: { author_name: string | null; body: string }[],
  subscriberLang: string | null,
  readLink: string | null,
  stopLink: string,
): { subject: string; text: string } {
  const lang = pickLang(subscriberLang);
  const t = translator(lang);
  const title = threadTitle(thread, lang);
  const quoted = replies.slice(0, QUOTED).map((r) => {
    const body = r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT)}…` : r.body;
    const name = r.author_name ?? t('mail.replies.anonymous');
    return `${t('mail.replies.reply', { name })}\n${body
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}`;
  });
  const more =
    replies.length > QUOTED
      ? [t('mail.replies.more', { count: new Intl.NumberFormat(lang).format(replies.length - QUOTED) })]
      : [];
  const read = readLink ? [t('mail.replies.read', { link: readLink })] : [];
  const text = [
    t('mail.replies.digest.body', { title }),
    ...quoted,
    ...more,
    ...read,
    t('mail.replies.stop', { link: stopLink }),
  ].join('\n\n');
  return { subject: t('mail.replies.digest.subject', { title }), text: `${text}${mailFooter(ctx.agency, lang)}` };
}

// ------------------------------------------------------------------ lifecycle

/**
 * Retention (the hourly housekeeping): a request never confirmed goes a week
 * after its link expired; a subscription goes `replyEmailMs` after the last
 * comment posted with it, and a stopped one at once (its address is gone
 * already; the row goes at the next run). Comments posted with it forget it.
 */
export async function forgetReplySubscriptions(ctx: Context): Promise<number> {
  const nowMs = ctx.now().getTime();
  return ctx.transact(async (tx) => {
    const gone = tx.db
      .selectFrom('reply_subscriptions')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('state', '=', 'stopped'),
          eb.and([eb('state', '=', 'pending'), eb('requested_ms', '<=', nowMs - tx.signing.linkTtlMs - 7 * 86_400_000)]),
          eb('last_comment_ms', '<=', nowMs - tx.retention.replyEmailMs),
        ]),
      );
    const ids = (await gone.execute()).map((r) => r.id);
    if (ids.length === 0) return 0;
    await tx.db.updateTable('comments').set({ reply_subscription: null }).where('reply_subscription', 'in', ids).execute();
    await tx.db.deleteFrom('reply_subscriptions').where('id', 'in', ids).execute();
    return ids.length;
  });
}

/** Erasure by address (in the erasure's transaction): the address's subscriptions go; comments forget them. */
export async function eraseReplySubscriptions(tx: Context, email: string): Promise<number> {
  const key = tx.emailKey(email);
  const ids = (await tx.db.selectFrom('reply_subscriptions').select('id').where('email_key', '=', key).execute()).map(
    (r) => r.id,
  );
  if (ids.length === 0) return 0;
  await tx.db.updateTable('comments').set({ reply_subscription: null }).where('reply_subscription', 'in', ids).execute();
  await tx.db.deleteFrom('reply_subscriptions').where('id', 'in', ids).execute();
  return ids.length;
}

/** The addresses a participant's comments were posted with (their download), by comment row id. */
export async function replyAddressesOf(ctx: Context, commentIds: number[]): Promise<Map<number, string>> {
  if (commentIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom('comments')
    .innerJoin('reply_subscriptions', (join) =>
      join.on(sql.ref('reply_subscriptions.id'), '=', sql.ref('comments.reply_subscription')),
    )
    .select(['comments.id', 'reply_subscriptions.email'])
    .where('comments.id', 'in', commentIds)
    .where('reply_subscriptions.email', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.email!]));
}
