import * as z from 'zod/mini';
import { Slug, adminText, localised } from '../common.js';

/** A labelled choice as an administrator writes it: the label is checked and normalised like all free text. */
export const LabelledItemDefinition = z.object({
  id: Slug,
  label: localised(adminText(1, 200)),
});

/** Optional text, plain or by language: empty after normalisation is no text. */
export const optionalText = (max: number) =>
  z._default(
    z.nullable(
      z.union([
        z.pipe(
          adminText(0, max),
          z.transform((s: string) => s || null),
        ),
        localised(adminText(0, max)),
      ]),
    ),
    null,
  );
