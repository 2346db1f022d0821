/*
 * Petitions in the MemoryAdapter: loaded on first use, with the petition schemas.
 */
import type { RequestOptions } from '../adapter.js';
import { canonicalEmail } from '../email.js';
import { ClosedError, NotFoundError } from '../errors-more.js';
import { phaseOf } from '../phase.js';
import { checkRegion } from '../rules.js';
import { stripPageUrl } from '../scales.js';
import { PetitionDefinition } from '../schemas/definitions/petition.js';
import { type PetitionView, SignatureInput, type SignatureReceipt } from '../schemas/petition.js';
import { normaliseName } from '../text-rules.js';
import { parseInput } from '../validate.js';
import { parseSeed } from './seed.js';
import { type Backend, type MemoryState, type StoredPetition, randomId } from './state.js';

/** Loads the seed's petitions; a later definition with the same id replaces an earlier one. */
export function seed(state: MemoryState, definitions: unknown): void {
  for (const def of parseSeed('petitions', PetitionDefinition, definitions)) {
    state.petitions[def.id] = {
      petition: { ...def, milestones: [...def.milestones].sort((a, b) => a.count - b.count) },
      signatures: [],
    };
  }
}

export async function getPetition(db: Backend, _me: string, petitionId: string, options?: RequestOptions): Promise<PetitionView> {
  options?.signal?.throwIfAborted();
  const stored = storedPetition(db, petitionId);
  const confirmed = stored.signatures.filter((s) => s.status === 'confirmed');
  return {
    petition: { ...structuredClone(stored.petition), signatureCount: confirmed.length },
    recentSigners: confirmed
      .filter((s) => s.showName)
      .sort((a, b) => (b.confirmedAt ?? '').localeCompare(a.confirmedAt ?? ''))
      .slice(0, 10)
      .map((s) => ({ name: s.name, regionId: s.regionId, signedAt: s.confirmedAt ?? s.createdAt })),
    countsByRegion: stored.petition.regions.map((r) => ({
      regionId: r.id,
      count: confirmed.filter((s) => s.regionId === r.id).length,
    })),
  };
}

export async function signPetition(
  db: Backend,
  _me: string,
  petitionId: string,
  input: SignatureInput,
  options?: RequestOptions,
): Promise<SignatureReceipt> {
  options?.signal?.throwIfAborted();
  const data = parseInput(SignatureInput, input);
  const stored = storedPetition(db, petitionId);
  const { petition } = stored;
  if (phaseOf(petition, db.now()) !== 'open') throw new ClosedError('This petition is not open for signatures');
  const regionId = data.regionId ?? null;
  checkRegion(petition.regions, regionId);
  // Mail goes to the address as typed; one mailbox signs once (see canonicalEmail).
  const email = data.email.trim().toLowerCase();
  const mailbox = canonicalEmail(email);
  const now = db.now().toISOString();
  const existing = stored.signatures.find((s) => canonicalEmail(s.email) === mailbox);
  const outbox = db.state.outbox;
  if (existing?.status === 'confirmed') {
    outbox.push({
      to: email,
      kind: 'already-signed',
      petitionId,
      token: null,
      text: `You have already signed "${petition.title}".`,
      sentAt: now,
    });
  } else {
    const signature = existing ?? {
      email,
      name: normaliseName(data.name),
      regionId,
      showName: data.showName ?? false,
      status: 'pending' as const,
      token: randomId() + randomId(),
      createdAt: now,
      confirmedAt: null,
      sourceUrl: stripPageUrl(data.sourceUrl),
      lang: data.lang ?? null,
    };
    if (!existing) stored.signatures.push(signature);
    outbox.push({
      to: email,
      kind: 'confirm-signature',
      petitionId,
      token: signature.token,
      text: `Confirm your signature on "${petition.title}" with the code ${signature.token}.`,
      sentAt: now,
    });
  }
  db.changed();
  return { status: 'pending-confirmation', email };
}

function storedPetition(db: Backend, petitionId: string): StoredPetition {
  const stored = db.state.petitions[petitionId];
  if (!stored || stored.petition.status === 'draft') throw new NotFoundError(`No petition "${petitionId}"`);
  return stored;
}
