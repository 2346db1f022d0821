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
  normaliseText,
  parseInput,
  phaseOf,
} from '@civic-widgets/core';
import type { Db } from '../db/schema.js';
import { sha256 } from '../security/hash.js';
import { type Actor, type Context, changed, fromJson } from './context.js';

type StoredPetition = Omit<Petition, 'signatureCount'>;

async function readPetition(db: Db, petitionId: string, includeDraft = false): Promise<Petition> {
  const row = await db
    .selectFrom('petitions')
    .select(['data', 'signature_count'])
    .where('id', '=', petitionId)
    .executeTakeFirst();
  const petition = row && { ...fromJson<StoredPetition>(row.data), signatureCount: row.signature_count };
  if (!petition || (!includeDraft && petition.status === 'draft')) throw new NotFoundError(`No petition "${petitionId}"`);
  return petition;
}

export async function getPetitionView(ctx: Context, petitionId: string): Promise<PetitionView> {
  const petition = await readPetition(ctx.db, petitionId);
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

/**
 * Starts a signature. The answer never says whether the address signed
 * before: a new or pending signature gets a (fresh) confirmation link, a
 * confirmed one gets an "already signed" note — only in the mailbox.
 */
export async function signPetition(ctx: Context, actor: Actor, petitionId: string, input: unknown): Promise<SignatureReceipt> {
  const data = parseInput(SignatureInput, input);
  return ctx.transact(async (tx) => {
    const petition = await readPetition(tx.db, petitionId);
    if (phaseOf(petition, tx.now()) !== 'open') throw new ClosedError('This petition is not open for signatures');
    const regionId = data.regionId ?? null;
    checkRegion(petition.regions, regionId);
    const email = data.email.trim().toLowerCase();
    const now = tx.now().getTime();
    // The link's token is derived from the signature (keyed with CIVIC_SECRET), so signing
    // again — even many times at once — sends the same valid link; only its hash is stored.
    const tokenFor = (createdMs: number) => tx.keyedToken(`confirm:${petitionId}:${email}:${createdMs}`);
    const inserted = await tx.db
      .insertInto('signatures')
      .values({
        petition_id: petitionId,
        email,
        name: normaliseText(data.name),
        region_id: regionId,
        show_name: data.showName ? 1 : 0,
        status: 'pending',
        token_hash: sha256(tokenFor(now)),
        source_url: data.sourceUrl ?? null,
        ip: actor.ip,
        created_ms: now,
        confirmed_ms: null,
      })
      // Any uniqueness conflict means "already signed": the same address in the same
      // millisecond also makes the same token, and that rule may be the one to trip.
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    let confirmToken: string | null = null;
    if (changed(inserted)) {
      confirmToken = tokenFor(now);
    } else {
      // Pending: send the same link again. Confirmed: say so, privately.
      const existing = await tx.db
        .selectFrom('signatures')
        .select(['status', 'created_ms'])
        .where('petition_id', '=', petitionId)
        .where('email', '=', email)
        .executeTakeFirst();
      if (existing?.status === 'pending') confirmToken = tokenFor(existing.created_ms);
    }
    const link = `${tx.publicUrl}/api/v1/confirm/${confirmToken ?? ''}`;
    await tx.mailer.send(
      confirmToken
        ? {
            to: email,
            subject: `Confirm your signature: ${petition.title}`,
            text: [
              `You asked to sign the petition "${petition.title}".`,
              '',
              'Confirm your signature by opening this link:',
              link,
              '',
              'Your signature counts only once it is confirmed. If you did not ask to sign, ignore this e-mail.',
            ].join('\n'),
          }
        : {
            to: email,
            subject: `You have already signed: ${petition.title}`,
            text: `Someone tried to sign the petition "${petition.title}" with this e-mail address, which has already signed it. Each address can sign once, so nothing has changed.`,
          },
    );
    return { status: 'pending-confirmation' as const, email };
  });
}

/** Confirms the signature behind a token, once. Returns what the confirmation page shows. */
export async function confirmSignature(
  ctx: Context,
  token: string,
): Promise<{ petition: Petition; sourceUrl: string | null; alreadyConfirmed: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const hash = sha256(token);
  const outcome = await ctx.transact(async (tx) => {
    const row = await tx.db
      .selectFrom('signatures')
      .select(['id', 'petition_id', 'status', 'source_url'])
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) return null;
    if (row.status === 'confirmed') return { row, alreadyConfirmed: true };
    const updated = await tx.db
      .updateTable('signatures')
      .set({ status: 'confirmed', confirmed_ms: tx.now().getTime() })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (changed(updated)) {
      await tx.db
        .updateTable('petitions')
        .set((eb) => ({ signature_count: eb('signature_count', '+', 1) }))
        .where('id', '=', row.petition_id)
        .execute();
    }
    return { row, alreadyConfirmed: !changed(updated) };
  });
  if (!outcome) return null;
  const petition = await readPetition(ctx.db, outcome.row.petition_id, true);
  if (!outcome.alreadyConfirmed)
    ctx.hub.publish({ type: 'petition.count', petitionId: petition.id, signatureCount: petition.signatureCount });
  return { petition, sourceUrl: outcome.row.source_url, alreadyConfirmed: outcome.alreadyConfirmed };
}

// ------------------------------------------------------------------ admin

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
    const { signatureCount: _count, ...petition } = await readPetition(tx.db, petitionId, true);
    await tx.db
      .updateTable('petitions')
      .set({ data: JSON.stringify(next(petition)) })
      .where('id', '=', petitionId)
      .execute();
    return readPetition(tx.db, petitionId, true);
  });
}

export async function listPetitions(ctx: Context): Promise<Petition[]> {
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
    ...(includeEmail ? { email: r.email } : {}),
    regionId: r.region_id ?? '',
    showName: r.show_name === 1,
    status: r.status,
    signedAt: new Date(r.created_ms).toISOString(),
    confirmedAt: r.confirmed_ms === null ? '' : new Date(r.confirmed_ms).toISOString(),
  }));
}
