import * as z from 'zod/mini';
import { Eligibility } from './eligibility.js';
import { Count, EmailAddress, Honeypot, LabelledItem, PageUrl, Slug, Timestamp, lengthOf, localised, nameOf } from './common.js';

export const PetitionStatus = z.enum(['draft', 'open', 'closed', 'responded']);
export type PetitionStatus = z.infer<typeof PetitionStatus>;

export const Milestone = z.object({
  count: z.int().check(z.minimum(1)),
  label: localised(lengthOf(1, 200)),
});
export type Milestone = z.infer<typeof Milestone>;

export const OfficialResponse = z.object({
  body: localised(z.string().check(z.minLength(1))),
  respondedAt: Timestamp,
});
export type OfficialResponse = z.infer<typeof OfficialResponse>;

export const Petition = z.object({
  id: Slug,
  title: localised(lengthOf(1, 300)),
  summary: localised(lengthOf(0, 1000)),
  body: localised(lengthOf(0, 20000)),
  goal: z.int().check(z.minimum(1)),
  /** Ascending by count. */
  milestones: z.array(Milestone),
  opensAt: z.nullable(Timestamp),
  closesAt: z.nullable(Timestamp),
  status: PetitionStatus,
  response: z.nullable(OfficialResponse),
  /** Empty when the petition does not ask for a region. */
  regions: z.array(LabelledItem),
  /** Confirmed signatures only. */
  signatureCount: Count,
  /** Who may take part: absent means anyone (see `Eligibility`). */
  eligibility: z.optional(Eligibility),
  /** `always`: every write needs a solved proof-of-work challenge (see docs/security.md, "Floods"). */
  challenge: z.optional(z.enum(['always'])),
});
export type Petition = z.infer<typeof Petition>;

export const PublicSigner = z.object({
  /** Present only because the signer agreed to show it. */
  name: z.string(),
  regionId: z.nullable(Slug),
  signedAt: Timestamp,
});
export type PublicSigner = z.infer<typeof PublicSigner>;

export const PetitionView = z.object({
  petition: Petition,
  /** Most recent confirmed signers who agreed to show their name, newest first. */
  recentSigners: z.array(PublicSigner),
  /** Confirmed signatures per region, in the petition's region order. */
  countsByRegion: z.array(z.object({ regionId: Slug, count: Count })),
});
export type PetitionView = z.infer<typeof PetitionView>;

export const SignatureInput = z.strictObject({
  name: nameOf(1, 120),
  email: EmailAddress,
  regionId: z.optional(z.nullable(Slug)),
  /** Must be `true`: the citizen agreed to the privacy text. */
  consent: z.literal(true, 'You must agree to the privacy notice to sign'),
  showName: z.optional(z.boolean()),
  /** The page where the citizen signed, for the link back after confirming. */
  sourceUrl: z.optional(PageUrl),
  /**
   * The widget's language (BCP 47, e.g. `fr` or `pt-BR`): the confirmation
   * e-mail and page are written in it when the server has it.
   */
  lang: z.optional(
    z
      .string()
      .check(z.maxLength(35), z.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'Must be a language tag like "fr" or "pt-BR"')),
  ),
  website: Honeypot,
});
export type SignatureInput = z.infer<typeof SignatureInput>;

/**
 * The answer to a signature, identical whether or not the address had signed
 * before, so the protocol never reveals who signed.
 */
export const SignatureReceipt = z.object({
  status: z.literal('pending-confirmation'),
  email: z.string(),
});
export type SignatureReceipt = z.infer<typeof SignatureReceipt>;
