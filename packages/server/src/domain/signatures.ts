import { AlreadyDoneError, InvalidInputError, NotFoundError, canonicalEmail } from '@civic-widgets/core';
import { type Selectable, sql } from 'kysely';
import type { SignaturesTable } from '../db/schema.js';
import { maskEmail } from '../mail/outbox.js';
import type { Context } from './context.js';

/*
 * Signature review for petition staff: find a person's signature from their
 * address (through the keyed hash of its canonical form — addresses are never
 * searched as text), invalidate one or many (by e-mail domain or network
 * within a time window, counted first with a dry run), and watch which
 * domains and networks sign most right now.
 *
 * An invalidated signature never counts again: it cannot be confirmed (its
 * link answers as unknown), and it keeps its mailbox key, so the same mailbox
 * cannot sign that petition again — signing answers as always and sends no mail.
 */

export type SignatureStatus = 'pending' | 'confirmed' | 'invalidated';

export interface SignatureAdminView {
  id: number;
  petitionId: string;
  name: string;
  /** `a***@example.org`. */
  maskedEmail: string;
  /** The address as typed: only for staff who may read personal data. */
  email?: string;
  emailDomain: string | null;
  regionId: string | null;
  showName: boolean;
  status: SignatureStatus;
  signedAt: string;
  confirmedAt: string | null;
  invalidatedAt: string | null;
  /** The keyed hash of the signer's network (as the abuse watch names it). */
  network: string | null;
}

type Row = Selectable<SignaturesTable>;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The domain a signature is grouped under: that of the canonical address (lower case, googlemail.com as gmail.com). */
export function domainOf(email: string): string {
  const canonical = canonicalEmail(email);
  return canonical.slice(canonical.lastIndexOf('@') + 1);
}

function view(row: Row, withEmail: boolean): SignatureAdminView {
  return {
    id: row.id,
    petitionId: row.petition_id,
    name: row.name,
    // Empty once the address was removed (docs/privacy.md).
    maskedEmail: row.email === null ? '' : maskEmail(row.email),
    ...(withEmail ? { email: row.email ?? '' } : {}),
    emailDomain: row.email_domain,
    regionId: row.region_id,
    showName: row.show_name === 1,
    status: row.status as SignatureStatus,
    signedAt: iso(row.created_ms)!,
    confirmedAt: iso(row.confirmed_ms),
    invalidatedAt: iso(row.invalidated_ms),
    network: row.ip,
  };
}

async function checkPetition(ctx: Context, petitionId: string): Promise<void> {
  const found = await ctx.db.selectFrom('petitions').select('id').where('id', '=', petitionId).executeTakeFirst();
  if (!found) throw new NotFoundError(`No petition "${petitionId}"`);
}

/**
 * The petition's signatures by this mailbox, however the address is spelt
 * (case, `+tag`, Gmail dots): the keyed hash of the canonical address is
 * compared, so the lookup finds only what an exact address names. Signatures
 * from before one-per-mailbox that share a mailbox carry `<key>.<id>` and are
 * found too.
 */
export async function findByEmail(
  ctx: Context,
  petitionId: string,
  email: string,
  withEmail: boolean,
): Promise<SignatureAdminView[]> {
  await checkPetition(ctx, petitionId);
  const key = ctx.emailKey(email.trim().toLowerCase());
  const rows = await ctx.db
    .selectFrom('signatures')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .where((eb) =>
      eb.or([
        eb('email_key', '=', key),
        // An exact, case-sensitive prefix (keys are base64url): never a pattern.
        eb(sql<string>`substr(${sql.ref('email_key')}, 1, ${sql.lit(key.length + 1)})`, '=', `${key}.`),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => view(r, withEmail));
}

export interface Invalidated {
  signature: SignatureAdminView;
  previousStatus: 'pending' | 'confirmed';
  signatureCount: number;
}

/** Invalidates one signature; a confirmed one stops counting at once. */
export async function invalidateSignature(
  ctx: Context,
  petitionId: string,
  signatureId: number,
  withEmail: boolean,
): Promise<Invalidated> {
  return ctx.transact(async (tx) => {
    let query = tx.db.selectFrom('signatures').selectAll().where('id', '=', signatureId).where('petition_id', '=', petitionId);
    if (tx.dialect === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw new NotFoundError(`No signature ${signatureId} on petition "${petitionId}"`);
    if (row.status === 'invalidated') throw new AlreadyDoneError(`Signature ${signatureId} is already invalidated`);
    const now = tx.now().getTime();
    await tx.db.updateTable('signatures').set({ status: 'invalidated', invalidated_ms: now }).where('id', '=', row.id).execute();
    const signatureCount = await uncount(tx, petitionId, row.status === 'confirmed' ? 1 : 0);
    return {
      signature: view({ ...row, status: 'invalidated', invalidated_ms: now }, withEmail),
      previousStatus: row.status as 'pending' | 'confirmed',
      signatureCount,
    };
  });
}

export interface Criteria {
  /** Every signature whose canonical address is at this domain… */
  domain?: string | undefined;
  /** …or from this network (its keyed hash)… */
  network?: string | undefined;
  /** …signed at or after `fromMs` and before `toMs`. */
  fromMs: number;
  toMs: number;
}

export interface BulkResult {
  dryRun: boolean;
  /** Signatures the criteria match that are not invalidated yet. */
  matched: { confirmed: number; pending: number };
  /** How many this call invalidated (0 on a dry run). */
  invalidated: number;
  /** The petition's confirmed count after the call. */
  signatureCount: number;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}$/;

/** `Example.ORG.` or `@example.org` as stored: lower case, no leading `@` or trailing dots, googlemail.com as gmail.com. */
export function normaliseDomain(value: string): string {
  const typed = value.trim().replace(/^@/, '');
  const domain = domainOf(`x@${typed}`);
  if (typed.includes('@') || !DOMAIN.test(domain) || domain.length > 253)
    throw new InvalidInputError('Enter a domain like example.org', {
      fieldErrors: [{ path: 'domain', message: 'Not a domain' }],
    });
  return domain;
}

/**
 * Invalidates (or, on a dry run, counts) the petition's signatures matching
 * one domain or one network within a time window, and lowers the count by
 * exactly the confirmed ones among them. Pending ones go first: a
 * confirmation racing that statement either waits for it and then finds its
 * signature invalidated (and counts nothing), or commits first — and the
 * second statement, which reads afresh (PostgreSQL, read committed), then
 * invalidates and uncounts it. Every signature matching at the start ends
 * invalidated, and the count stays exact.
 */
export async function invalidateMatching(
  ctx: Context,
  petitionId: string,
  criteria: Criteria,
  dryRun: boolean,
): Promise<BulkResult> {
  if ((criteria.domain === undefined) === (criteria.network === undefined))
    throw new InvalidInputError('Give either a domain or a network', {
      fieldErrors: [{ path: 'domain', message: 'Give either a domain or a network' }],
    });
  if (criteria.fromMs >= criteria.toMs)
    throw new InvalidInputError('The window must end after it starts', {
      fieldErrors: [{ path: 'to', message: 'Must be after from' }],
    });
  const domain = criteria.domain === undefined ? undefined : normaliseDomain(criteria.domain);
  const run = async (tx: Context): Promise<BulkResult> => {
    await checkPetition(tx, petitionId);
    const base = tx.db
      .selectFrom('signatures')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .where('petition_id', '=', petitionId)
      .where('created_ms', '>=', criteria.fromMs)
      .where('created_ms', '<', criteria.toMs)
      .where('status', 'in', ['pending', 'confirmed'])
      .groupBy('status');
    const counted = await (
      domain !== undefined ? base.where('email_domain', '=', domain) : base.where('ip', '=', criteria.network!)
    ).execute();
    const matched = {
      confirmed: Number(counted.find((c) => c.status === 'confirmed')?.n ?? 0),
      pending: Number(counted.find((c) => c.status === 'pending')?.n ?? 0),
    };
    if (dryRun) return { dryRun, matched, invalidated: 0, signatureCount: await uncount(tx, petitionId, 0) };
    const now = tx.now().getTime();
    const invalidate = async (status: 'confirmed' | 'pending') => {
      const update = tx.db
        .updateTable('signatures')
        .set({ status: 'invalidated', invalidated_ms: now })
        .where('petition_id', '=', petitionId)
        .where('created_ms', '>=', criteria.fromMs)
        .where('created_ms', '<', criteria.toMs)
        .where('status', '=', status);
      const result = await (
        domain !== undefined ? update.where('email_domain', '=', domain) : update.where('ip', '=', criteria.network!)
      ).executeTakeFirst();
      return Number(result.numUpdatedRows);
    };
    const pending = await invalidate('pending');
    const confirmed = await invalidate('confirmed');
    return { dryRun, matched, invalidated: confirmed + pending, signatureCount: await uncount(tx, petitionId, confirmed) };
  };
  // A dry run writes nothing: it reads outside any write transaction.
  return dryRun ? run(ctx) : ctx.transact(run);
}

/**
 * Lowers the petition's count by the confirmed signatures just invalidated,
 * in the same transaction, and announces the new count once committed.
 */
async function uncount(tx: Context, petitionId: string, uncounted: number): Promise<number> {
  if (uncounted === 0) {
    const row = await tx.db
      .selectFrom('petitions')
      .select('signature_count')
      .where('id', '=', petitionId)
      .executeTakeFirstOrThrow();
    return row.signature_count;
  }
  const { signature_count } = await tx.db
    .updateTable('petitions')
    .set((eb) => ({ signature_count: eb('signature_count', '-', uncounted) }))
    .where('id', '=', petitionId)
    .returning('signature_count')
    .executeTakeFirstOrThrow();
  tx.afterCommit(() => tx.hub.publish({ type: 'petition.count', petitionId, signatureCount: signature_count }));
  return signature_count;
}

export interface Trend {
  signatures: number;
  confirmed: number;
  invalidated: number;
}

/**
 * The e-mail domains and networks that signed the petition most in the last
 * `minutes`, with counts: a burst from one domain or network stands out here
 * before it shows in the total.
 */
export async function abuseWatch(ctx: Context, petitionId: string, minutes: number, top = 10) {
  await checkPetition(ctx, petitionId);
  const to = ctx.now().getTime();
  const from = to - minutes * 60_000;
  const recent = ctx.db
    .selectFrom('signatures')
    .where('petition_id', '=', petitionId)
    .where('created_ms', '>=', from)
    .where('created_ms', '<=', to);
  const counts = [
    sql<number>`count(*)`.as('signatures'),
    sql<number>`sum(case when ${sql.ref('status')} = 'confirmed' then 1 else 0 end)`.as('confirmed'),
    sql<number>`sum(case when ${sql.ref('status')} = 'invalidated' then 1 else 0 end)`.as('invalidated'),
  ];
  const trend = (r: { signatures: unknown; confirmed: unknown; invalidated: unknown }): Trend => ({
    signatures: Number(r.signatures),
    confirmed: Number(r.confirmed ?? 0),
    invalidated: Number(r.invalidated ?? 0),
  });
  const [total, domains, networks] = await Promise.all([
    recent.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    recent
      .select(['email_domain', ...counts])
      .where('email_domain', 'is not', null)
      .groupBy('email_domain')
      .orderBy('signatures', 'desc')
      .orderBy('email_domain')
      .limit(top)
      .execute(),
    recent
      .select(['ip', ...counts])
      .where('ip', 'is not', null)
      .groupBy('ip')
      .orderBy('signatures', 'desc')
      .orderBy('ip')
      .limit(top)
      .execute(),
  ]);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    total: Number(total.n),
    domains: domains.map((d) => ({ domain: d.email_domain ?? '', ...trend(d) })),
    networks: networks.map((n) => ({ network: n.ip ?? '', ...trend(n) })),
  };
}
