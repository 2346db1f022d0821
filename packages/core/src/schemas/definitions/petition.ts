import * as z from 'zod/mini';
import { EligibilityDefinition } from '../eligibility.js';
import { Slug, Timestamp, adminText, localised } from '../common.js';
import { PetitionStatus } from '../petition.js';
import { LabelledItemDefinition } from './common.js';

export const MilestoneDefinition = z.object({
  count: z.int().check(z.minimum(1)),
  label: localised(adminText(1, 200)),
});

export const PetitionDefinition = z.strictObject({
  id: Slug,
  title: localised(adminText(1, 300)),
  summary: z._default(localised(adminText(0, 1000)), ''),
  body: z._default(localised(adminText(0, 20000)), ''),
  goal: z.int().check(z.minimum(1)),
  milestones: z._default(z.array(MilestoneDefinition), []),
  opensAt: z._default(z.nullable(Timestamp), null),
  closesAt: z._default(z.nullable(Timestamp), null),
  status: z._default(PetitionStatus, 'open'),
  response: z._default(z.nullable(z.object({ body: localised(adminText(1, 20000)), respondedAt: Timestamp })), null),
  regions: z._default(z.array(LabelledItemDefinition), []),
  eligibility: EligibilityDefinition,
  /** `always`: every write needs a solved proof-of-work challenge (an administrator's answer to a flood). */
  challenge: z.optional(z.enum(['always'])),
});
export type PetitionDefinition = z.input<typeof PetitionDefinition>;
