import type { Context } from '../domain/context.js';

/*
 * What the outbox keeps, and for how long. A mail's confirmation link is a
 * secret (it confirms a signature): it is stored apart from the text, shown
 * by no view, and removed — with the address masked — once the mail is sent
 * or its link has expired. Without SMTP, the rows are the delivery channel
 * for operators (read from the database) until then.
 */

/** Stands in the stored text for the mail's link. */
export const LINK_PLACEHOLDER = '[link]';

/** Stands in the stored text for the mail's withdrawal link (the same token, under /withdraw/). */
export const WITHDRAW_PLACEHOLDER = '[withdraw-link]';

/** A confirmation link as written in mails. */
export const CONFIRM_LINK = /https?:\/\/[^\s]+\/confirm\/[A-Za-z0-9_-]+/g;
const WITHDRAW_LINK = /https?:\/\/[^\s]+\/withdraw\/[A-Za-z0-9_-]+/g;

/** The withdrawal link that goes with a confirmation link: the same token is the credential for both. */
export function withdrawLinkOf(confirmLink: string): string {
  return confirmLink.replace(/\/confirm\/([^/]+)$/, '/withdraw/$1');
}

/** A stored mail's text with its links put back, to send it. */
export function sendableText(text: string, link: string | null): string {
  if (!link) return text;
  return text.split(WITHDRAW_PLACEHOLDER).join(withdrawLinkOf(link)).split(LINK_PLACEHOLDER).join(link);
}

/** `ada@example.org` → `a***@example.org`: enough to tell mails apart, not to write to someone. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '***';
  return `${address.slice(0, Math.min(1, at))}***${address.slice(at)}`;
}

/** `text` with every e-mail address in it masked (error messages, for the log). */
export function maskEmailsIn(text: string): string {
  return text.replace(/[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+/g, (address) => maskEmail(address));
}

/** The text to store: the links, and any other confirmation or withdrawal link, replaced by placeholders. */
export function storedText(text: string, link?: string): string {
  const without = link ? text.split(withdrawLinkOf(link)).join(WITHDRAW_PLACEHOLDER).split(link).join(LINK_PLACEHOLDER) : text;
  return without.replace(CONFIRM_LINK, LINK_PLACEHOLDER).replace(WITHDRAW_LINK, WITHDRAW_PLACEHOLDER);
}

/**
 * Redacts mails that no longer need their link: sent ones, and unsent ones
 * older than `retentionMs` (their links have expired). Returns how many.
 */
export async function redactOutbox(ctx: Context, retentionMs: number): Promise<number> {
  const cutoff = ctx.now().getTime() - retentionMs;
  let total = 0;
  for (;;) {
    const done = await ctx.transact(async (tx) => {
      const rows = await tx.db
        .selectFrom('outbox')
        .select(['id', 'to_addr', 'text'])
        .where('redacted', '=', 0)
        .where((eb) => eb.or([eb('sent', '=', 1), eb('created_ms', '<', cutoff)]))
        .orderBy('id')
        .limit(500)
        .execute();
      for (const row of rows) {
        await tx.db
          .updateTable('outbox')
          .set({ link: null, to_addr: maskEmail(row.to_addr), text: storedText(row.text), redacted: 1 })
          .where('id', '=', row.id)
          .execute();
      }
      return rows.length;
    });
    total += done;
    if (done < 500) return total;
  }
}

/**
 * Where a mail is: `kept` in the outbox for an operator (no SMTP), `queued`
 * (or waiting to be retried), being `sent`, `sent`, or `failed` for good.
 */
export type OutboxStatus = 'kept' | 'queued' | 'sending' | 'sent' | 'failed';

/**
 * What the admin API shows of the outbox: masked addresses, no links (the text
 * holds the placeholder), and how delivery went: attempts so far and the last
 * SMTP error (masked), so a failing mail server shows before citizens complain.
 */
export async function outboxView(ctx: Context, limit: number) {
  const rows = await ctx.db
    .selectFrom('outbox')
    .select(['id', 'to_addr', 'subject', 'text', 'sent', 'created_ms'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const keys = rows.map((r) => `mail:${r.id}`);
  const jobs = keys.length
    ? await ctx.db.selectFrom('jobs').select(['key', 'state', 'attempts', 'last_error']).where('key', 'in', keys).execute()
    : [];
  const byKey = new Map(jobs.map((j) => [j.key, j]));
  return rows.map((r) => {
    const job = byKey.get(`mail:${r.id}`);
    const status: OutboxStatus =
      r.sent === 1
        ? 'sent'
        : !job
          ? 'kept'
          : job.state === 'failed'
            ? 'failed'
            : job.state === 'running'
              ? 'sending'
              : job.state === 'done'
                ? 'sent'
                : 'queued';
    return {
      id: r.id,
      to: maskEmail(r.to_addr),
      subject: r.subject,
      text: storedText(r.text),
      sent: r.sent === 1,
      status,
      attempts: job?.attempts ?? 0,
      lastError: job?.last_error ? maskEmailsIn(job.last_error) : null,
      createdAt: new Date(r.created_ms).toISOString(),
    };
  });
}
