import { Count, InvalidInputError, PetitionView, Slug, Timestamp, parseInput, textOf } from '@civic-widgets/core';
import * as z from 'zod/mini';
import { can } from '../auth/roles.js';
import * as drafts from '../domain/response-drafts.js';
import { listMailings } from '../domain/signer-updates.js';
import * as signatures from '../domain/signatures.js';
import { erasePerson } from '../domain/erasure.js';
import type { AdminInput, AdminRoute } from './admin-api.js';
import { NetworkHash, Reasoned, reasonOf } from './moderation-api.js';
import type { ParamsSchema } from './params.js';

/*
 * Petition staff's endpoints under /api/v1/admin: find a signature from an
 * address, invalidate one or many (dry run first), watch which domains and
 * networks sign most right now, and draft the official response. Addresses
 * are shown masked unless the caller may read personal data; the audit log
 * never receives one (lookups record what was found, not what was asked).
 */

/** A mailing to the signers who asked for updates (see domain/signer-updates.ts). */
const Mailing = z.object({
  id: z.int(),
  kind: z.enum(['milestone', 'response', 'closed']),
  /** The milestone's count, the response's time, or `closed`. */
  reference: z.string(),
  /** `superseded`: a corrected response went out to the signers not yet written to. */
  state: z.enum(['sending', 'done', 'superseded']),
  /** Mails written to the outbox so far (one per signer). */
  queued: Count,
  sent: Count,
  failed: Count,
  createdAt: Timestamp,
  finishedAt: z.nullable(Timestamp),
});
const Signature = z.object({
  id: z.int(),
  petitionId: Slug,
  name: z.string(),
  /** `a***@example.org`. */
  maskedEmail: z.string(),
  /** The address as typed: only for roles that may read personal data (admin). */
  email: z.optional(z.string()),
  emailDomain: z.nullable(z.string()),
  regionId: z.nullable(z.string()),
  showName: z.boolean(),
  status: z.enum(['pending', 'confirmed', 'invalidated']),
  signedAt: Timestamp,
  confirmedAt: z.nullable(Timestamp),
  invalidatedAt: z.nullable(Timestamp),
  /** The signer's network (keyed hash), as the abuse watch names it. */
  network: z.nullable(z.string()),
});
const Lookup = z.strictObject({ email: z.email('Enter an e-mail address').check(z.maxLength(254)) });
const Found = z.object({ items: z.array(Signature) });
const InvalidatedOne = z.object({
  signature: Signature,
  previousStatus: z.enum(['pending', 'confirmed']),
  /** The petition's confirmed count now. */
  signatureCount: Count,
});
const Criteria = z.strictObject({
  /** Every signature at this e-mail domain (`example.org`; googlemail.com counts as gmail.com)… */
  domain: z.optional(z.string().check(z.minLength(1), z.maxLength(254))),
  /** …or from this network (its keyed hash, from the abuse watch or a signature)… */
  network: z.optional(NetworkHash),
  /** …signed at or after `from` and before `to`. */
  from: Timestamp,
  to: Timestamp,
  /** Required unless `dryRun=true`; kept in the audit log. */
  reason: z.optional(textOf(1, 500)),
  note: z.optional(textOf(0, 2000)),
});
const BulkResult = z.object({
  dryRun: z.boolean(),
  /** Signatures matching, not invalidated yet. */
  matched: z.object({ confirmed: Count, pending: Count }),
  /** How many this call invalidated (0 on a dry run). */
  invalidated: Count,
  signatureCount: Count,
});
const Trend = { signatures: Count, confirmed: Count, invalidated: Count };
const Watch = z.object({
  from: Timestamp,
  to: Timestamp,
  /** Signatures in the window. */
  total: Count,
  /** The 10 domains with most signatures in the window, most first. */
  domains: z.array(z.object({ domain: z.string(), ...Trend })),
  /** The 10 networks with most signatures in the window, most first. */
  networks: z.array(z.object({ network: z.string(), ...Trend })),
});
const Draft = z.object({ body: z.string(), updatedAt: Timestamp, updatedBy: z.nullable(z.string()) });
const DraftInput = z.strictObject({ body: textOf(1, 20000) });

const petition = z.strictObject({ petitionId: Slug }) as ParamsSchema;
const signature = z.strictObject({ petitionId: Slug, signatureId: z.string().check(z.regex(/^\d{1,9}$/)) }) as ParamsSchema;
const petitionResource = (input: AdminInput) => ({ kind: 'petition', id: input.params['petitionId'] ?? '' });

const Erased = z.object({
  petitions: z.array(Slug),
  anonymised: Count,
  deleted: Count,
  mailsRedacted: Count,
  replySubscriptions: Count,
});

export const petitionsApi: AdminRoute[] = [
  {
    method: 'POST',
    url: '/people/erase',
    operationId: 'adminErasePerson',
    summary:
      'Erase what is held about a person, found by e-mail address however spelt: their confirmed signatures keep counting with no name, address, network or token; unconfirmed ones are deleted; mail still holding the address is masked',
    permission: 'personal-data.erase',
    body: Lookup,
    response: Erased,
    status: 200,
    audit: {
      // The erasure is recorded with what it did; the address itself is not (it is what was erased).
      entries: (_input, result) => [{ action: 'person.erase', resource: null, after: result }],
    },
    handle: (ctx, { body }) => erasePerson(ctx, parseInput(Lookup, body).email),
  },
  {
    method: 'POST',
    url: '/petitions/:petitionId/signatures/search',
    operationId: 'adminFindSignature',
    summary:
      "Find the petition's signature by an e-mail address, however spelt (case, +tag, Gmail dots): matched through the keyed hash, never as text",
    permission: 'signatures.write',
    params: petition,
    body: Lookup,
    response: Found,
    status: 200,
    audit: {
      // Who looked whom up is recorded; the address itself is not.
      entries: (input, result) => [
        {
          action: 'signature.search',
          resource: petitionResource(input),
          after: { found: (result as z.output<typeof Found>).items.map((s) => s.id) },
        },
      ],
    },
    handle: (ctx, { params, body }, _reply, who) =>
      signatures
        .findByEmail(ctx, params['petitionId'] ?? '', parseInput(Lookup, body).email, can(who.role, 'personal-data.read'))
        .then((items) => ({ items })),
  },
  {
    method: 'POST',
    url: '/petitions/:petitionId/signatures/:signatureId/invalidate',
    operationId: 'adminInvalidateSignature',
    summary:
      'Invalidate one signature, with a reason: it stops counting at once, can never be confirmed, and its mailbox cannot sign this petition again',
    permission: 'signatures.write',
    params: signature,
    body: Reasoned,
    response: InvalidatedOne,
    status: 200,
    audit: {
      entries: (input, result) => {
        const { signature: s, previousStatus, signatureCount } = result as z.output<typeof InvalidatedOne>;
        return [
          {
            action: 'signature.invalidate',
            resource: { kind: 'signature', id: String(s.id) },
            before: { id: s.id, petitionId: s.petitionId, status: previousStatus },
            after: { id: s.id, petitionId: s.petitionId, status: s.status, signatureCount },
            detail: reasonOf(input) ?? '',
          },
        ];
      },
    },
    handle: (ctx, { params, body }, _reply, who) => {
      parseInput(Reasoned, body);
      return signatures.invalidateSignature(
        ctx,
        params['petitionId'] ?? '',
        Number(params['signatureId']),
        can(who.role, 'personal-data.read'),
      );
    },
  },
  {
    method: 'POST',
    url: '/petitions/:petitionId/signatures/invalidate',
    operationId: 'adminInvalidateSignatures',
    summary:
      'Invalidate every signature of the petition from one e-mail domain or one network within a time window, with a reason; `?dryRun=true` only counts them (and changes nothing)',
    permission: 'signatures.write',
    params: petition,
    query: z.object({ dryRun: z._default(z.enum(['true', 'false']), 'false') }),
    body: Criteria,
    response: BulkResult,
    status: 200,
    audit: {
      entries: (input, result) => {
        const done = result as z.output<typeof BulkResult>;
        if (done.dryRun) return [];
        const { reason: _reason, note: _note, ...criteria } = input.body as z.output<typeof Criteria>;
        return [
          {
            action: 'signature.invalidate-matching',
            resource: petitionResource(input),
            after: { criteria, ...done },
            detail: reasonOf(input) ?? '',
          },
        ];
      },
    },
    handle: (ctx, { params, query, body }) => {
      const input = parseInput(Criteria, body);
      const dryRun = query['dryRun'] === 'true';
      if (!dryRun && input.reason === undefined)
        throw new InvalidInputError('reason: Required (say why, for the audit log)', {
          fieldErrors: [{ path: 'reason', message: 'Required' }],
        });
      return signatures.invalidateMatching(
        ctx,
        params['petitionId'] ?? '',
        { domain: input.domain, network: input.network, fromMs: Date.parse(input.from), toMs: Date.parse(input.to) },
        dryRun,
      );
    },
  },
  {
    method: 'GET',
    url: '/petitions/:petitionId/abuse-watch',
    operationId: 'adminPetitionAbuseWatch',
    summary:
      'The e-mail domains and networks that signed the petition most in the last `minutes` (60 by default), with counts: bursts stand out here',
    permission: 'signatures.write',
    params: petition,
    query: z.object({
      minutes: z._default(z.coerce.number().check(z.int(), z.minimum(5), z.maximum(1440)), 60),
    }),
    response: Watch,
    status: 200,
    handle: (ctx, { params, query }) => signatures.abuseWatch(ctx, params['petitionId'] ?? '', Number(query['minutes'])),
  },
  {
    method: 'GET',
    url: '/petitions/:petitionId/mailings',
    operationId: 'adminListMailings',
    summary:
      'E-mails to the signers who asked for updates (milestones, the response, closing), newest first, and how far each got: mails written, sent and failed',
    permission: 'responses.write',
    params: petition,
    response: z.array(Mailing),
    status: 200,
    handle: (ctx, { params }) => listMailings(ctx, params['petitionId'] ?? ''),
  },
  {
    method: 'GET',
    url: '/petitions/:petitionId/response-draft',
    operationId: 'adminGetResponseDraft',
    summary:
      'The official response being written (or null), and the petition as citizens would see it with that response published',
    permission: 'responses.write',
    params: petition,
    response: z.object({ draft: z.nullable(Draft), preview: PetitionView }),
    status: 200,
    handle: (ctx, { params }) => drafts.draftPreview(ctx, params['petitionId'] ?? ''),
  },
  {
    method: 'PUT',
    url: '/petitions/:petitionId/response-draft',
    operationId: 'adminSaveResponseDraft',
    summary:
      'Save the draft of the official response; never public. Publish it by sending its text to POST /petitions/{petitionId}/response',
    permission: 'responses.write',
    params: petition,
    body: DraftInput,
    response: Draft,
    status: 200,
    audit: { action: 'petition.response-draft.save', resource: petitionResource },
    handle: (ctx, { params, body }, _reply, who) =>
      drafts.saveDraft(ctx, params['petitionId'] ?? '', parseInput(DraftInput, body).body, who.email),
  },
  {
    method: 'DELETE',
    url: '/petitions/:petitionId/response-draft',
    operationId: 'adminDeleteResponseDraft',
    summary: 'Discard the draft of the official response',
    permission: 'responses.write',
    params: petition,
    response: null,
    status: 204,
    audit: {
      action: 'petition.response-draft.delete',
      resource: petitionResource,
      before: (ctx, input) => drafts.readDraft(ctx, input.params['petitionId'] ?? ''),
    },
    handle: async (ctx, { params }) => {
      await drafts.deleteDraft(ctx, params['petitionId'] ?? '');
      return undefined;
    },
  },
];
