import * as z from 'zod/mini';
import { Slug, adminText } from '../common.js';
import { RatingScale, ServiceStatus } from '../service.js';
import { LabelledItemDefinition } from './common.js';

export const ServiceDefinition = z.strictObject({
  id: Slug,
  name: adminText(1, 200),
  question: adminText(1, 300),
  scale: z._default(RatingScale, 'stars5'),
  reasons: z._default(z.array(LabelledItemDefinition), []),
  commentMaxLength: z._default(z.int().check(z.minimum(0), z.maximum(5000)), 500),
  publicAggregate: z._default(z.boolean(), true),
  status: z._default(ServiceStatus, 'open'),
});
export type ServiceDefinition = z.input<typeof ServiceDefinition>;
