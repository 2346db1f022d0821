import {
  AlreadyDoneError,
  ClosedError,
  checkRegion,
  NotFoundError,
  type Petition,
  PetitionDefinition,
  type PetitionView,
  SignatureInput,
  type SignatureReceipt,
  normaliseName,
  normaliseText,
  parseInput,
  phaseOf,
  stripPageUrl,
  plainTextFor,
} from '@civic-widgets/core';
import { participantKey } from '../auth/identity.js';
import type { Db } from '../db/schema.js';
import { daysIn, pickLang, translator } from '../i18n/index.js';
import { mailFooter } from '../mail/footer.js';
import { takeMail } from '../mail/limits.js';
import type { Logger, Mail } from '../mail/mailer.js';
import { sha256 } from '../security/hash.js';
import { withdrawLinkOf } from '../mail/outbox.js';
import { type Archivable, asPublic, checkNotArchived } from './archive.js';
import { type Actor, type Context, changed, fromJson } from './context.js';
import { noteClosing } from './retention.js';
import { domainOf } from './signatures.js';
import { mailingsForChange, milestonesPassed, startMailing } from './signer-updates.js';
import { requireChallenge } from '../security/challenge.js';

type StoredPetition = Omit<Petition, 'signatureCount'> & Archivable;

async function readPetition(db: Db, petitionId: string, includeDraft = false): Promise<Petition & Archivable> {
  const row = await db
    .selectFrom('petitions')
    .select(['data', 'signature_count'])
    .where('id', '=', petitionId)
    .executeTakeFirst();
  const petition = row && { ...fromJson<StoredPetition>(row.data), signatureCount: row.signature_count };
  if (!petition || (!includeDraft && petition.status === 'draft')) throw new NotFoundError(`No petition "${petitionId}"`);
  return petition;
}

/** What a participant sees; staff previews (`includeDraft`) also see drafts. */
export async function getPetitionView(ctx: Context, petitionId: string, includeDraft = false): Promise<PetitionView> {
  const petition = asPublic(await readPetition(ctx.db, petitionId, includeDraft));
  const [signers, byRegion] = await Promise.all([
    ctx.db
      .selectFrom('signatures')
      .select(['name', 'region_id', 'confirmed_ms'])
      .where('petition_id', '=', petitionId)
      .where('status', '=', 'confirmed')
      .where('show_name', '=', 1)
      .orderBy('confirmed_ms', 'desc')
      .limit(10)
      .execute(),
    petition.regions.length
      ? ctx.db
          .selectFrom('signatures')
          .select((eb) => ['region_id', eb.fn.countAll<number>().as('n')])
          .where('petition_id', '=', petitionId)
          .where('status', '=', 'confirmed')
          .groupBy('region_id')
          .execute()
      : Promise.resolve([]),
  ]);
  const counts = new Map(byRegion.map((r) => [r.region_id, Number(r.n)]));
  return {
    petition,
    recentSigners: signers.map((s) => ({
      name: s.name,
      regionId: s.region_id,
      signedAt: new Date(s.confirmed_ms ?? 0).toISOString(),
    })),
    countsByRegion: petition.regions.map((r) => ({ regionId: r.id, count: counts.get(r.id) ?? 0 })),
  };
}

const DAY_MS = 86_400_000;

/** Whether this person already signed the petition with another address (signing again with the same one gets the usual answer). */
async function signedBy(tx: Context, petitionId: string, person: string, mailbox: string): Promise<boolean> {
  const row = await tx.db
    .selectFrom('signatures')
    .select('id')
    .where('petition_id', '=', petitionId)
    .where('person', '=', person)
    .where((eb) => eb.or([eb('email_key', 'is', null), eb('email_key', '!=', mailbox)]))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Starts a signature. The answer never says whether the address signed
 * before: a new or pending signature gets its confirmation link, a confirmed
 * one an "already signed" note — only in the mailbox, and only as often as
 * the mailbox's mail limits allow (the answer is the same either way).
 */
export async function signPetition(ctx: Context, actor: Actor, petitionId: string, input: unknown): Promise<SignatureReceipt> {
  const data = parseInput(SignatureInput, input);
  return ctx.transact(async (tx) => {
    const petition = asPublic(await readPetition(tx.db, petitionId));
    if (phaseOf(petition, tx.now()) !== 'open') throw new ClosedError('This petition is not open for signatures');
    requireChallenge(petition, actor);
    // A verified participant signs once, whatever address they give (a unique index says so).
    const person = petition.eligibility?.kind === 'verified' ? participantKey(petition.eligibility, actor) : null;
    if (person && (await signedBy(tx, petitionId, person, tx.emailKey(data.email.trim().toLowerCase()))))
      throw new AlreadyDoneError('You have already signed this petition');
    const regionId = data.regionId ?? null;
    checkRegion(petition.regions, regionId);
    // Mail goes to the address as typed; one mailbox signs once, however its address is spelt.
    const email = data.email.trim().toLowerCase();
    const mailbox = tx.emailKey(email);
    const now = tx.now().getTime();
    // The link's token is derived from the signature (keyed with CIVIC_SECRET), so signing
    // again — even many times at once — sends the same valid link; only its hash is stored.
    const tokenFor = (address: string, createdMs: number) => tx.keyedToken(`confirm:${petitionId}:${address}:${createdMs}`);
    const fields = {
      email,
      email_domain: domainOf(email),
      name: normaliseName(data.name),
      region_id: regionId,
      show_name: data.showName ? 1 : 0,
      // The page's query and fragment may carry someone's session: never stored.
      source_url: stripPageUrl(data.sourceUrl),
      lang: data.lang ?? null,
      ip: actor.ip,
      person,
    };
    const inserted = await tx.db
      .insertInto('signatures')
      .values({
        ...fields,
        petition_id: petitionId,
        email_key: mailbox,
        status: 'pending',
        token_hash: sha256(tokenFor(email, now)),
        created_ms: now,
        confirmed_ms: null,
      })
      // Any uniqueness conflict means "already signed": the same address in the same
      // millisecond also makes the same token, and that rule may be the one to trip.
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    let confirmToken: string | null = null;
    let alreadySigned = false;
    if (changed(inserted)) {
      confirmToken = tokenFor(email, now);
    } else {
      const existing = await tx.db
        .selectFrom('signatures')
        .select(['id', 'status', 'email', 'created_ms'])
        .where('petition_id', '=', petitionId)
        .where('email_key', '=', mailbox)
        .executeTakeFirst();
      alreadySigned = existing?.status === 'confirmed';
      // An invalidated one (see domain/signatures.ts) gets neither link nor note: that mailbox cannot sign again.
      if (existing?.status === 'pending' && existing.created_ms + tx.signing.linkTtlMs > now) {
        // Pending: the same link again.
        confirmToken = tokenFor(existing.email ?? email, existing.created_ms);
      } else if (existing?.status === 'pending') {
        // Its link has expired: this request starts the signature afresh, with a new link.
        const renewed = await tx.db
          .updateTable('signatures')
          .set({ ...fields, token_hash: sha256(tokenFor(email, now)), created_ms: now })
          .where('id', '=', existing.id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (changed(renewed)) confirmToken = tokenFor(email, now);
      }
    }
    if (!confirmToken && !alreadySigned) return { status: 'pending-confirmation' as const, email };
    const limits = { intervalMs: tx.signing.mailIntervalMs, perDay: tx.signing.mailsPerDay };
    if (await takeMail(tx.db, limits, mailbox, petitionId, now)) {
      await tx.mailer.send(signatureMail(tx, plainTextFor(petition.title, data.lang ?? 'en'), email, data.lang, confirmToken));
    }
    return { status: 'pending-confirmation' as const, email };
  });
}

/** The confirmation mail (with its link), or the "already signed" note, in the signer's language. */
function signatureMail(ctx: Context, title: string, to: string, lang: string | undefined, token: string | null): Mail {
  const shown = pickLang(lang);
  const t = translator(shown);
  const footer = mailFooter(ctx.agency, shown);
  if (!token) {
    return { to, subject: t('mail.already.subject', { title }), text: t('mail.already.body', { title }) + footer };
  }
  const link = `${ctx.publicUrl}/api/v1/confirm/${token}`;
  const duration = daysIn(shown, Math.round(ctx.signing.linkTtlMs / DAY_MS));
  return {
    to,
    subject: t('mail.confirm.subject', { title }),
    text:
      t('mail.confirm.body', { title, link, duration }) +
      '\n\n' +
      t('mail.confirm.withdraw', { withdrawLink: withdrawLinkOf(link) }) +
      footer,
    link,
  };
}

/** Where a confirmation link stands, and what its page may show. */
export interface Confirmation {
  state: 'unknown' | 'expired' | 'closed' | 'pending' | 'confirmed' | 'already-confirmed';
  /** The signer's language when signing. */
  lang: string | null;
  /** The page where they signed (without query), for a link back when its origin is allowed. */
  sourceUrl: string | null;
  /** The petition's title; `null` when unknown, or a draft (drafts are not public). */
  petitionTitle: string | null;
}

const UNKNOWN: Confirmation = { state: 'unknown', lang: null, sourceUrl: null, petitionTitle: null };
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The signature behind a token and the state of its link, now. */
async function assess(
  ctx: Context,
  token: string,
): Promise<(Confirmation & { id: number; petitionId: string; open: boolean }) | null> {
  if (!TOKEN.test(token)) return null;
  const row = await ctx.db
    .selectFrom('signatures')
    .innerJoin('petitions', 'petitions.id', 'signatures.petition_id')
    .select([
      'signatures.id',
      'signatures.petition_id',
      'signatures.status',
      'signatures.created_ms',
      'signatures.source_url',
      'signatures.lang',
      'petitions.data',
    ])
    .where('signatures.token_hash', '=', sha256(token))
    .executeTakeFirst();
  // Staff invalidated it: its link is no longer valid, and it can never be confirmed.
  if (!row || row.status === 'invalidated') return null;
  const petition = asPublic(fromJson<StoredPetition>(row.data));
  const now = ctx.now();
  const open = petition.status === 'open' && phaseOf(petition, now) === 'open';
  const state =
    row.status === 'confirmed'
      ? 'already-confirmed'
      : !open
        ? 'closed'
        : row.created_ms + ctx.signing.linkTtlMs <= now.getTime()
          ? 'expired'
          : 'pending';
  return {
    id: row.id,
    petitionId: row.petition_id,
    open,
    state,
    lang: row.lang,
    sourceUrl: row.source_url,
    petitionTitle: petition.status === 'draft' ? null : plainTextFor(petition.title, row.lang ?? 'en'),
  };
}

/** What the link's page shows before anything is confirmed (opening a link changes nothing). */
/**
 * Withdrawing a signature: the confirmation link's token, under /withdraw/,
 * lets its signer take the signature back while the petition is open —
 * confirmed (it stops counting) or not. The row goes, with the name and
 * address; the petition's count and counts by region follow.
 */
export interface Withdrawal extends Omit<Confirmation, 'state'> {
  state: 'unknown' | 'closed' | 'ready' | 'withdrawn';
}

export async function inspectWithdrawal(ctx: Context, token: string): Promise<Withdrawal> {
  const found = await assess(ctx, token);
  if (!found) return UNKNOWN_WITHDRAWAL;
  const { id: _id, petitionId: _petition, open, state: _state, ...rest } = found;
  return { ...rest, state: open ? 'ready' : 'closed' };
}

export async function withdrawSignature(ctx: Context, token: string): Promise<Withdrawal> {
  return ctx.transact(async (tx) => {
    const found = await assess(tx, token);
    if (!found) return UNKNOWN_WITHDRAWAL;
    const { id, petitionId, open, state: _state, ...rest } = found;
    if (!open) return { ...rest, state: 'closed' };
    // Deleted only as pending or confirmed: a confirmation in flight is waited for (PostgreSQL row lock), then uncounted.
    const removed = await tx.db
      .deleteFrom('signatures')
      .where('id', '=', id)
      .where('status', 'in', ['pending', 'confirmed'])
      .returning('status')
      .executeTakeFirst();
    if (!removed) return UNKNOWN_WITHDRAWAL;
    if (removed.status === 'confirmed') {
      const counted = await tx.db
        .updateTable('petitions')
        .set((eb) => ({ signature_count: eb('signature_count', '-', 1) }))
        .where('id', '=', petitionId)
        .returning('signature_count')
        .executeTakeFirstOrThrow();
      tx.afterCommit(() => tx.hub.publish({ type: 'petition.count', petitionId, signatureCount: counted.signature_count }));
    }
    return { ...rest, state: 'withdrawn' };
  });
}

const UNKNOWN_WITHDRAWAL: Withdrawal = { ...UNKNOWN, state: 'unknown' };

export async function inspectConfirmation(ctx: Context, token: string): Promise<Confirmation> {
  const found = await assess(ctx, token);
  if (!found) return UNKNOWN;
  const { id: _id, petitionId: _petition, open: _open, ...confirmation } = found;
  return confirmation;
}

/**
 * Confirms the signature behind a token, once, if its link has not expired
 * and its petition is open. Says what happened.
 */
export async function confirmSignature(ctx: Context, token: string, options: { updates?: boolean } = {}): Promise<Confirmation> {
  return ctx.transact(async (tx) => {
    const found = await assess(tx, token);
    if (!found) return UNKNOWN;
    const { id, petitionId, open: _open, ...confirmation } = found;
    if (confirmation.state !== 'pending') return confirmation;
    const updated = await tx.db
      .updateTable('signatures')
      .set({ status: 'confirmed', confirmed_ms: tx.now().getTime(), ...(options.updates ? { updates: 1 } : {}) })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (!changed(updated)) return { ...confirmation, state: 'already-confirmed' };
    const counted = await tx.db
      .updateTable('petitions')
      .set((eb) => ({ signature_count: eb('signature_count', '+', 1) }))
      .where('id', '=', petitionId)
      .returning('signature_count')
      .executeTakeFirstOrThrow();
    tx.afterCommit(() => tx.hub.publish({ type: 'petition.count', petitionId, signatureCount: counted.signature_count }));
    const petition = await readPetition(tx.db, petitionId, true);
    for (const count of milestonesPassed(petition, counted.signature_count - 1, counted.signature_count))
      await startMailing(tx, petitionId, 'milestone', String(count));
    return { ...confirmation, state: 'confirmed' };
  });
}

/**
 * Fills in the keyed canonical address of signatures written before
 * migration 0004 (it needs CIVIC_SECRET, which migrations do not have); run
 * at start-up. Where several old signatures of one petition share a mailbox,
 * the earliest confirmed one (or, with none confirmed, the earliest) takes the
 * key; other pending ones are deleted (they never counted, and the kept one's
 * link still works); other confirmed ones stay confirmed and counted — an
 * upgrade does not change a petition's published count — with the key
 * `<key>.<id>`, so they can be found, and the operator is told in the log.
 */
export async function backfillEmailKeys(db: Db, keyOf: (address: string) => string, log: Logger): Promise<void> {
  const rows = await db
    .selectFrom('signatures')
    .select(['id', 'petition_id', 'email', 'status', 'created_ms', 'confirmed_ms'])
    .where('email_key', 'is', null)
    // Removed by retention (both NULL): nothing to key.
    .where('email', 'is not', null)
    .$narrowType<{ email: string }>()
    .execute();
  if (rows.length === 0) return;
  const first = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    Number(b.status === 'confirmed') - Number(a.status === 'confirmed') ||
    (a.confirmed_ms ?? 0) - (b.confirmed_ms ?? 0) ||
    a.created_ms - b.created_ms ||
    a.id - b.id;
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.petition_id}\n${keyOf(row.email)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const report = new Map<string, { confirmedDuplicates: number; pendingRemoved: number }>();
  await db.transaction().execute(async (trx) => {
    for (const [group, members] of groups) {
      const key = group.slice(group.indexOf('\n') + 1);
      const [keeper, ...others] = members.sort(first);
      await trx.updateTable('signatures').set({ email_key: key }).where('id', '=', keeper!.id).execute();
      for (const other of others) {
        const counts = report.get(other.petition_id) ?? { confirmedDuplicates: 0, pendingRemoved: 0 };
        report.set(other.petition_id, counts);
        if (other.status === 'confirmed') {
          counts.confirmedDuplicates++;
          await trx
            .updateTable('signatures')
            .set({ email_key: `${key}.${other.id}` })
            .where('id', '=', other.id)
            .execute();
        } else {
          counts.pendingRemoved++;
          await trx.deleteFrom('signatures').where('id', '=', other.id).execute();
        }
      }
    }
  });
  for (const [petitionId, counts] of report) {
    log.warn(
      { petitionId, ...counts },
      'signatures made before the one-per-mailbox rule share a mailbox: confirmed ones stay counted (see docs/security.md)',
    );
  }
}

// ------------------------------------------------------------------ admin

/** A petition as stored, drafts and archived ones included (with `archivedAt`). */
export function findPetition(ctx: Context, petitionId: string): Promise<Petition & Archivable> {
  return readPetition(ctx.db, petitionId, true);
}

function petitionFromDefinition(input: unknown): StoredPetition {
  const def = parseInput(PetitionDefinition, input);
  return { ...def, milestones: [...def.milestones].sort((a, b) => a.count - b.count) };
}

export async function createPetition(ctx: Context, input: unknown): Promise<Petition> {
  const petition = petitionFromDefinition(input);
  return ctx.transact(async (tx) => {
    const inserted = await tx.db
      .insertInto('petitions')
      .values({ id: petition.id, data: JSON.stringify(petition), signature_count: 0, created_ms: tx.now().getTime() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (!changed(inserted))
      throw new AlreadyDoneError(`A petition "${petition.id}" already exists`, {
        fieldErrors: [{ path: 'id', message: 'Taken' }],
      });
    return readPetition(tx.db, petition.id, true);
  });
}

export async function updatePetition(ctx: Context, petitionId: string, input: unknown): Promise<Petition> {
  const petition = petitionFromDefinition({ ...(input as object), id: petitionId });
  return writePetition(ctx, petitionId, () => petition);
}

export async function setPetitionStatus(ctx: Context, petitionId: string, status: Petition['status']): Promise<Petition> {
  return writePetition(ctx, petitionId, (petition) => ({ ...petition, status }));
}

/** Publishes the official response; with `final`, the petition is marked responded (and closes). */
export async function respondToPetition(ctx: Context, petitionId: string, body: string, final: boolean): Promise<Petition> {
  return writePetition(ctx, petitionId, (petition) => ({
    ...petition,
    response: { body: normaliseText(body), respondedAt: ctx.now().toISOString() },
    ...(final ? { status: 'responded' as const } : {}),
  }));
}

/** Replaces a petition's stored definition with `next(current)`, in one transaction. */
async function writePetition(
  ctx: Context,
  petitionId: string,
  next: (petition: StoredPetition) => StoredPetition,
): Promise<Petition> {
  return ctx.transact(async (tx) => {
    const before = await readPetition(tx.db, petitionId, true);
    const { signatureCount: _count, ...petition } = before;
    checkNotArchived(petition, 'petition');
    const updated = next(petition);
    await tx.db
      .updateTable('petitions')
      .set({ data: JSON.stringify(updated) })
      .where('id', '=', petitionId)
      .execute();
    await noteClosing(tx, 'petitions', petitionId, updated, true);
    const after = await readPetition(tx.db, petitionId, true);
    await mailingsForChange(tx, before, after);
    return after;
  });
}

export async function listPetitions(ctx: Context): Promise<(Petition & Archivable)[]> {
  const rows = await ctx.db.selectFrom('petitions').select(['data', 'signature_count']).orderBy('created_ms', 'desc').execute();
  return rows.map((r) => ({ ...fromJson<StoredPetition>(r.data), signatureCount: r.signature_count }));
}

/** Signatures for export; e-mail addresses only when explicitly asked for. */
export async function exportSignatures(ctx: Context, includeEmail: boolean, petitionId?: string) {
  let q = ctx.db.selectFrom('signatures').selectAll().orderBy('created_ms');
  if (petitionId) q = q.where('petition_id', '=', petitionId);
  const rows = await q.execute();
  return rows.map((r) => ({
    petitionId: r.petition_id,
    name: r.name,
    // Empty once the address was removed (docs/privacy.md).
    ...(includeEmail ? { email: r.email ?? '' } : {}),
    regionId: r.region_id ?? '',
    showName: r.show_name === 1,
    status: r.status,
    signedAt: new Date(r.created_ms).toISOString(),
    confirmedAt: r.confirmed_ms === null ? '' : new Date(r.confirmed_ms).toISOString(),
  }));
}
