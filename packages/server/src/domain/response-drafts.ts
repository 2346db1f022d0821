import { NotFoundError, type PetitionView, normaliseText } from '@civic-widgets/core';
import type { Context } from './context.js';
import { findPetition, getPetitionView } from './petitions.js';

/*
 * An official response being written: kept apart from the petition (so it can
 * never show publicly by mistake), previewed as citizens would see it, and
 * published through POST /petitions/{id}/response with its text.
 */

export interface ResponseDraft {
  body: string;
  updatedAt: string;
  updatedBy: string | null;
}

export async function readDraft(ctx: Context, petitionId: string): Promise<ResponseDraft | null> {
  const row = await ctx.db.selectFrom('response_drafts').selectAll().where('petition_id', '=', petitionId).executeTakeFirst();
  return row ? { body: row.body, updatedAt: new Date(row.updated_ms).toISOString(), updatedBy: row.updated_by } : null;
}

/** The draft, and the petition as citizens would see it with the draft published (drafts of petitions included). */
export async function draftPreview(
  ctx: Context,
  petitionId: string,
): Promise<{ draft: ResponseDraft | null; preview: PetitionView }> {
  const view = await getPetitionView(ctx, petitionId, true);
  const draft = await readDraft(ctx, petitionId);
  const preview = draft
    ? { ...view, petition: { ...view.petition, response: { body: draft.body, respondedAt: draft.updatedAt } } }
    : view;
  return { draft, preview };
}

export async function saveDraft(ctx: Context, petitionId: string, body: string, by: string | null): Promise<ResponseDraft> {
  return ctx.transact(async (tx) => {
    await findPetition(tx, petitionId);
    const now = tx.now().getTime();
    const text = normaliseText(body);
    await tx.db
      .insertInto('response_drafts')
      .values({ petition_id: petitionId, body: text, updated_ms: now, updated_by: by })
      .onConflict((oc) => oc.column('petition_id').doUpdateSet({ body: text, updated_ms: now, updated_by: by }))
      .execute();
    return { body: text, updatedAt: new Date(now).toISOString(), updatedBy: by };
  });
}

export async function deleteDraft(ctx: Context, petitionId: string): Promise<void> {
  await ctx.transact(async (tx) => {
    const result = await tx.db.deleteFrom('response_drafts').where('petition_id', '=', petitionId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new NotFoundError(`No response draft for petition "${petitionId}"`);
  });
}
