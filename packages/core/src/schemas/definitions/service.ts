import * as z from 'zod/mini';
import { EligibilityDefinition } from '../eligibility.js';
import { Slug, adminText, localised } from '../common.js';
import { MINIMUM_RATINGS } from '../../ratings.js';
import { MinimumRatings, RatingScale, ReasonWhen, ServiceStatus } from '../service.js';
import { LabelledItemDefinition } from './common.js';

/** A follow-up reason as an administrator writes it: offered after `any` answer (the default), or only `positive` or `negative` ones. */
export const ReasonDefinition = z.object({
  ...LabelledItemDefinition.shape,
  when: z._default(ReasonWhen, 'any'),
});

export const ServiceDefinition = z.strictObject({
  id: Slug,
  name: adminText(1, 200),
  question: localised(adminText(1, 300)),
  scale: z._default(RatingScale, 'stars5'),
  reasons: z._default(z.array(ReasonDefinition), []),
  commentMaxLength: z._default(z.int().check(z.minimum(0), z.maximum(5000)), 500),
  publicAggregate: z._default(z.boolean(), true),
  /** Ratings needed before the aggregate is public: few ratings say little, and could tell who gave which. */
  minimumRatings: z._default(MinimumRatings, MINIMUM_RATINGS),
  status: z._default(ServiceStatus, 'open'),
  eligibility: EligibilityDefinition,
  /** `always`: every write needs a solved proof-of-work challenge (an administrator's answer to a flood). */
  challenge: z.optional(z.enum(['always'])),
});
export type ServiceDefinition = z.input<typeof ServiceDefinition>;
