import { NotFoundError, type Petition, plainTextFor } from '@civic-widgets/core';
import { sql } from 'kysely';
import { JobQueue, type Job } from '../jobs/queue.js';
import { pickLang, translator } from '../i18n/index.js';
import { mailFooter } from '../mail/footer.js';
import type { SigningRules } from '../config.js';
import { type Context, changed, fromJson } from './context.js';

/*
 * Updates for petition signers who asked for them when they confirmed: an
 * e-mail when the petition reaches a milestone, when its response is
 * published and when it closes. Each is a mailing (one per milestone, response
 * or closing, ever), written in the transaction of the change that caused it,
 * and sent by the durable job queue: a job writes the next signers' mails to
 * the outbox (each then sent by its own mail job, at most once), at most
 * `updatesPerMinute` a minute and only in the sending hours, and queues the
 * next run a minute later. A corrected response supersedes the mailing of the
 * one before it: signers not yet written to get only the latest. Every mail
 * carries a one-click unsubscribe link (RFC 8058), keyed to its signature.
 */

export type UpdateKind = 'milestone' | 'response' | 'closed';

const JOB = 'signer-updates';

/** Starts a mailing about `petitionId`, once per kind and reference (a milestone's count, a response's time). */
export async function startMailing(tx: Context, petitionId: string, kind: UpdateKind, reference: string): Promise<void> {
  const nowMs = tx.now().getTime();
  if (kind === 'response') {
    // Signers not reached yet get the corrected response only.
    await tx.db
      .updateTable('petition_mailings')
      .set({ state: 'superseded', finished_ms: nowMs })
      .where('petition_id', '=', petitionId)
      .where('kind', '=', 'response')
      .where('state', '=', 'sending')
      .execute();
  }
  const created = await tx.db
    .insertInto('petition_mailings')
    .values({ petition_id: petitionId, kind, reference, state: 'sending', created_ms: nowMs, finished_ms: null })
    .onConflict((oc) => oc.columns(['petition_id', 'kind', 'reference']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (created) await queueRun(tx, Number(created.id), 0, nowMs);
}

/** The milestones a count passed on its way from `before` to `after`. */
export function milestonesPassed(petition: Pick<Petition, 'milestones'>, before: number, after: number): number[] {
  return petition.milestones.map((m) => m.count).filter((count) => before < count && count <= after);
}

/** Mailings a petition's change calls for: a new or corrected response, or closing. */
export async function mailingsForChange(tx: Context, before: Petition, after: Petition): Promise<void> {
  if (after.response && after.response.respondedAt !== before.response?.respondedAt)
    await startMailing(tx, after.id, 'response', after.response.respondedAt);
  if (after.status === 'closed' && before.status !== 'closed') await startMailing(tx, after.id, 'closed', 'closed');
}

/** Queues a run of a mailing: one job per mailing, cursor and time, so a run can queue the next (or itself, later). */
function queueRun(tx: Context, mailingId: number, cursor: number, runAtMs: number) {
  return JobQueue.enqueue(
    tx.db,
    { kind: JOB, key: `${JOB}:${mailingId}:${cursor}:${runAtMs}`, payload: { mailingId }, runAtMs },
    tx.now().getTime(),
  );
}

/** When the sending hours next allow mail, from `nowMs` (now, if they allow it now). */
export function nextSendingTime(nowMs: number, hours: SigningRules['updatesHours']): number {
  if (!hours) return nowMs;
  const hour = new Date(nowMs).getUTCHours();
  const inside = hours.from < hours.to ? hour >= hours.from && hour < hours.to : hour >= hours.from || hour < hours.to;
  if (inside) return nowMs;
  const start = new Date(nowMs);
  start.setUTCHours(hours.from, 0, 0, 0);
  if (start.getTime() <= nowMs) start.setUTCDate(start.getUTCDate() + 1);
  return start.getTime();
}

/** The one-click link that stops a signature's updates: its id and a token keyed to it (nothing stored). */
export function stopLink(ctx: Context, signatureId: number): string {
  return `${ctx.publicUrl}/api/v1/updates/${signatureId}.${ctx.keyedToken(`updates:${signatureId}`)}`;
}

/** The signature a stop link names, if its token is right. */
function signatureOfStop(ctx: Context, reference: string): number | null {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{16,})$/.exec(reference);
  if (!match) return null;
  const id = Number(match[1]);
  return ctx.keyedToken(`updates:${id}`) === match[2] ? id : null;
}

export interface UpdatesStop {
  state: 'unknown' | 'ready' | 'stopped';
  petitionTitle: string | null;
  lang: string | null;
}

/** What a stop link is about, changing nothing (the page before its button). */
export async function inspectStop(ctx: Context, reference: string): Promise<UpdatesStop> {
  const id = signatureOfStop(ctx, reference);
  const row =
    id === null
      ? undefined
      : await ctx.db
          .selectFrom('signatures')
          .innerJoin('petitions', 'petitions.id', 'signatures.petition_id')
          .select(['signatures.updates', 'signatures.lang', 'petitions.data'])
          .where('signatures.id', '=', id)
          .executeTakeFirst();
  if (!row) return { state: 'unknown', petitionTitle: null, lang: null };
  const lang = pickLang(row.lang);
  return {
    state: row.updates === 1 ? 'ready' : 'stopped',
    petitionTitle: plainTextFor(fromJson<Petition>(row.data).title, lang),
    lang: row.lang,
  };
}

/** Stops a signature's updates (one click, from a mail provider or the page). */
export async function stopUpdates(ctx: Context, reference: string): Promise<UpdatesStop> {
  const found = await inspectStop(ctx, reference);
  if (found.state === 'unknown') return found;
  await ctx.transact(async (tx) => {
    await tx.db.updateTable('signatures').set({ updates: 0 }).where('id', '=', signatureOfStop(ctx, reference)!).execute();
  });
  return { ...found, state: 'stopped' };
}

/**
 * A run of a mailing (a job): the next signers who asked for updates, in id
 * order after the cursor, written to the outbox in one transaction with the
 * cursor moved on — a run that happened twice (a worker died after it) finds
 * the cursor moved and writes nothing.
 */
export async function runMailing(ctx: Context, rules: SigningRules, job: Job): Promise<void> {
  const { mailingId } = job.payload as { mailingId: number };
  const nowMs = ctx.now().getTime();
  await ctx.transact(async (tx) => {
    const mailing = await tx.db.selectFrom('petition_mailings').selectAll().where('id', '=', mailingId).executeTakeFirst();
    if (!mailing || mailing.state !== 'sending') return;
    const cursor = Number(mailing.cursor_id);
    const allowed = nextSendingTime(nowMs, rules.updatesHours);
    if (allowed > nowMs) {
      await queueRun(tx, mailingId, cursor, allowed);
      return;
    }
    const row = await tx.db
      .selectFrom('petitions')
      .select(['data', 'signature_count'])
      .where('id', '=', mailing.petition_id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError(`No petition "${mailing.petition_id}"`);
    const petition = { ...fromJson<Petition>(row.data), signatureCount: row.signature_count };
    const signers = await tx.db
      .selectFrom('signatures')
      .select(['id', 'email', 'lang'])
      .where('petition_id', '=', mailing.petition_id)
      .where('status', '=', 'confirmed')
      .where('updates', '=', 1)
      .where('email', 'is not', null)
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(rules.updatesPerMinute)
      .execute();
    const last = signers.at(-1)?.id ?? cursor;
    const moved = await tx.db
      .updateTable('petition_mailings')
      .set((eb) => ({
        cursor_id: last,
        queued: eb('queued', '+', signers.length),
        ...(signers.length < rules.updatesPerMinute ? { state: 'done', finished_ms: nowMs } : {}),
      }))
      .where('id', '=', mailingId)
      .where('cursor_id', '=', cursor)
      .where('state', '=', 'sending')
      .executeTakeFirst();
    if (!changed(moved)) return;
    for (const signer of signers) {
      const link = stopLink(tx, signer.id);
      await tx.mailer.send({
        to: signer.email!,
        ...updateMail(tx, petition, mailing.kind as UpdateKind, mailing.reference, signer.lang, link),
        link,
        unsubscribe: true,
        mailingId,
      });
    }
    if (signers.length === rules.updatesPerMinute) await queueRun(tx, mailingId, last, nowMs + 60_000);
  });
}

/** An update's subject and text, in the signer's language. */
function updateMail(
  ctx: Context,
  petition: Petition,
  kind: UpdateKind,
  reference: string,
  signerLang: string | null,
  link: string,
): { subject: string; text: string } {
  const lang = pickLang(signerLang);
  const t = translator(lang);
  const title = plainTextFor(petition.title, lang);
  const count = new Intl.NumberFormat(lang).format(kind === 'milestone' ? Number(reference) : petition.signatureCount);
  const agency = ctx.agency.name;
  const [subject, body] =
    kind === 'milestone'
      ? [t('mail.update.milestone.subject', { title, count }), t('mail.update.milestone.body', { title, count })]
      : kind === 'response'
        ? [
            t('mail.update.response.subject', { title }),
            t('mail.update.response.body', { title, agency, response: plainTextFor(petition.response?.body ?? '', lang) }),
          ]
        : [t('mail.update.closed.subject', { title }), t('mail.update.closed.body', { title, count })];
  return { subject, text: `${body}\n\n${t('mail.update.stop', { link })}${mailFooter(ctx.agency, lang)}` };
}

/** A petition's mailings and how far each got, newest first (for admins). */
export async function listMailings(ctx: Context, petitionId: string) {
  const petition = await ctx.db.selectFrom('petitions').select('id').where('id', '=', petitionId).executeTakeFirst();
  if (!petition) throw new NotFoundError(`No petition "${petitionId}"`);
  const mailings = await ctx.db
    .selectFrom('petition_mailings')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .orderBy('id', 'desc')
    .execute();
  const sent = mailings.length
    ? await ctx.db
        .selectFrom('outbox')
        .select((eb) => ['mailing_id', eb.fn.countAll<number | string>().as('n')])
        .where(
          'mailing_id',
          'in',
          mailings.map((m) => m.id),
        )
        .where('sent', '=', 1)
        .groupBy('mailing_id')
        .execute()
    : [];
  const failed = mailings.length
    ? await ctx.db
        .selectFrom('outbox')
        .innerJoin('jobs', (join) => join.on('jobs.kind', '=', 'mail'))
        .select((eb) => ['outbox.mailing_id', eb.fn.countAll<number | string>().as('n')])
        // The mail job's key (mailJobKey): written out here, as a literal, so PostgreSQL knows its type.
        .whereRef('jobs.key', '=', sql<string>`${sql.lit('mail:')} || CAST(${sql.ref('outbox.id')} AS text)`)
        .where(
          'outbox.mailing_id',
          'in',
          mailings.map((m) => m.id),
        )
        .where('jobs.state', '=', 'failed')
        .groupBy('outbox.mailing_id')
        .execute()
    : [];
  const count = (rows: { mailing_id: number | null; n: number | string }[], id: number) =>
    Number(rows.find((r) => Number(r.mailing_id) === Number(id))?.n ?? 0);
  return mailings.map((m) => ({
    id: Number(m.id),
    kind: m.kind as UpdateKind,
    reference: m.reference,
    state: m.state as 'sending' | 'done' | 'superseded',
    queued: m.queued,
    sent: count(sent, m.id),
    failed: count(failed, m.id),
    createdAt: new Date(Number(m.created_ms)).toISOString(),
    finishedAt: m.finished_ms === null ? null : new Date(Number(m.finished_ms)).toISOString(),
  }));
}

/** Petitions whose closing time has passed get their "closed" mailing (run by the hourly housekeeping). */
export async function mailingsForEndedPetitions(ctx: Context): Promise<void> {
  const rows = await ctx.db.selectFrom('petitions').select(['id', 'data']).execute();
  const now = ctx.now();
  for (const row of rows) {
    const petition = fromJson<Petition>(row.data);
    if (petition.status !== 'open' || !petition.closesAt || Date.parse(petition.closesAt) > now.getTime()) continue;
    await ctx.transact((tx) => startMailing(tx, row.id, 'closed', 'closed'));
  }
}
