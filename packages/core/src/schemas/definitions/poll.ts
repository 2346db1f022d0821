import * as z from 'zod/mini';
import { EligibilityDefinition } from '../eligibility.js';
import { Slug, Timestamp, adminText, localised } from '../common.js';
import { PollMode, PollStatus, ResultsVisibility } from '../poll.js';
import { LabelledItemDefinition, optionalText } from './common.js';

export const PollDefinition = z.strictObject({
  id: Slug,
  question: localised(adminText(1, 300)),
  description: optionalText(2000),
  options: z.array(LabelledItemDefinition).check(z.minLength(2), z.maxLength(50)),
  mode: z._default(PollMode, 'single'),
  maxChoices: z.optional(z.int().check(z.minimum(1))),
  opensAt: z._default(z.nullable(Timestamp), null),
  closesAt: z._default(z.nullable(Timestamp), null),
  status: z._default(PollStatus, 'open'),
  resultsVisibility: z._default(ResultsVisibility, 'after-vote'),
  allowChange: z._default(z.boolean(), false),
  eligibility: EligibilityDefinition,
  /** `always`: every write needs a solved proof-of-work challenge (an administrator's answer to a flood). */
  challenge: z.optional(z.enum(['always'])),
});
export type PollDefinition = z.input<typeof PollDefinition>;
