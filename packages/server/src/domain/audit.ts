import { InvalidInputError } from '@civic-widgets/core';
import type { Principal } from './sessions.js';
import type { Context } from './context.js';

export interface AuditEntry {
  action: string;
  resource?: { kind: string; id: string } | null;
  before?: unknown;
  after?: unknown;
  detail?: string;
}

/**
 * Records a staff action. Called inside the action's own transaction, so an
 * action is never done without its record nor recorded without being done.
 * The table is append-only: no API changes or deletes it, and database
 * triggers refuse UPDATE and DELETE.
 */
export async function recordAudit(tx: Context, who: Principal, entry: AuditEntry): Promise<void> {
  await tx.db
    .insertInto('audit_log')
    .values({
      at_ms: tx.now().getTime(),
      actor_kind: who.kind,
      actor_id: who.staffId,
      actor_email: who.email,
      actor_role: who.role,
      action: entry.action,
      resource_kind: entry.resource?.kind ?? null,
      resource_id: entry.resource?.id ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      detail: entry.detail ?? null,
      ip: who.ip,
    })
    .execute();
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  resourceKind?: string;
  resourceId?: string;
  from?: string;
  to?: string;
  /** Entries older than this id (pagination, newest first). */
  before?: number;
  limit?: number;
}

export interface AuditView {
  id: number;
  at: string;
  actor: { kind: string; id: number | null; email: string | null; role: string | null };
  action: string;
  resource: { kind: string; id: string } | null;
  before: unknown;
  after: unknown;
  detail: string | null;
  network: string | null;
}

function time(value: string | undefined, path: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidInputError(`${path} must be a date`, { fieldErrors: [{ path, message: 'Not a date' }] });
  return ms;
}

export async function listAudit(ctx: Context, filter: AuditFilter): Promise<AuditView[]> {
  let q = ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 5000));
  if (filter.actor) q = q.where('actor_email', '=', filter.actor.toLowerCase());
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.resourceKind) q = q.where('resource_kind', '=', filter.resourceKind);
  if (filter.resourceId) q = q.where('resource_id', '=', filter.resourceId);
  const from = time(filter.from, 'from');
  const to = time(filter.to, 'to');
  if (from !== undefined) q = q.where('at_ms', '>=', from);
  if (to !== undefined) q = q.where('at_ms', '<', to);
  if (filter.before !== undefined) q = q.where('id', '<', filter.before);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at_ms).toISOString(),
    actor: { kind: r.actor_kind, id: r.actor_id, email: r.actor_email, role: r.actor_role },
    action: r.action,
    resource: r.resource_kind && r.resource_id ? { kind: r.resource_kind, id: r.resource_id } : null,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    detail: r.detail,
    network: r.ip,
  }));
}
