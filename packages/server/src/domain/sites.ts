import { InvalidInputError, NotFoundError } from '@civic-widgets/core';
import type { Context } from './context.js';

/*
 * Sites: the origins whose pages may write (vote, comment, sign, rate).
 * CIVIC_ALLOWED_ORIGINS still counts; the console adds origins in the database,
 * effective without a restart. Refused origins are counted so a web team sees
 * at once why its new page cannot vote.
 */

export interface SiteView {
  origin: string;
  note: string | null;
  addedBy: string | null;
  createdAt: string;
  /** Set by CIVIC_ALLOWED_ORIGINS: change it there, not in the console. */
  fromEnvironment: boolean;
}

/** `https://www.city.gov` from what a person typed, or a clear error. */
export function parseOrigin(value: string): string {
  let url: URL | null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.origin === 'null')
    throw new InvalidInputError('Enter the address of the site, like https://www.city.gov', {
      fieldErrors: [{ path: 'origin', message: 'Not a web address' }],
    });
  return url.origin;
}

export async function listSites(ctx: Context): Promise<SiteView[]> {
  const rows = await ctx.db.selectFrom('sites').selectAll().orderBy('origin').execute();
  const stored: SiteView[] = rows.map((r) => ({
    origin: r.origin,
    note: r.note,
    addedBy: r.added_by,
    createdAt: new Date(r.created_ms).toISOString(),
    fromEnvironment: false,
  }));
  const fromEnv = ctx.allowedOrigins
    .filter((o) => !rows.some((r) => r.origin === o))
    .map((origin) => ({ origin, note: null, addedBy: null, createdAt: new Date(0).toISOString(), fromEnvironment: true }));
  return [...fromEnv, ...stored];
}

export async function addSite(ctx: Context, value: string, note: string | null, addedBy: string | null): Promise<SiteView> {
  const origin = parseOrigin(value);
  return ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    await tx.db
      .insertInto('sites')
      .values({ origin, note: note?.trim() || null, added_by: addedBy, created_ms: now })
      .onConflict((oc) => oc.column('origin').doUpdateSet({ note: note?.trim() || null }))
      .execute();
    await tx.db.deleteFrom('refused_origins').where('origin', '=', origin).execute();
    tx.afterCommit(() => ctx.sites.invalidate());
    return { origin, note: note?.trim() || null, addedBy, createdAt: new Date(now).toISOString(), fromEnvironment: false };
  });
}

export async function removeSite(ctx: Context, value: string): Promise<void> {
  const origin = parseOrigin(value);
  await ctx.transact(async (tx) => {
    const result = await tx.db.deleteFrom('sites').where('origin', '=', origin).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0)
      throw new NotFoundError(
        ctx.allowedOrigins.includes(origin)
          ? `${origin} is allowed by CIVIC_ALLOWED_ORIGINS: remove it there`
          : `${origin} is not an allowed site`,
      );
    tx.afterCommit(() => ctx.sites.invalidate());
  });
}

export async function listRefused(ctx: Context) {
  const rows = await ctx.db.selectFrom('refused_origins').selectAll().orderBy('last_ms', 'desc').limit(100).execute();
  return rows.map((r) => ({
    origin: r.origin,
    count: r.count,
    firstAt: new Date(r.first_ms).toISOString(),
    lastAt: new Date(r.last_ms).toISOString(),
  }));
}

/** Origins allowed to write, read from the database at most every `ttlMs` (and at once after a change here). */
export class SiteList {
  #origins: Set<string> | null = null;
  #loadedMs = 0;
  #loading: Promise<Set<string>> | null = null;
  readonly #refused = new Map<string, { pending: number; writtenMs: number }>();

  constructor(
    private readonly ctx: () => Context,
    private readonly ttlMs = 5_000,
  ) {}

  invalidate(): void {
    this.#origins = null;
  }

  async allows(origin: string): Promise<boolean> {
    if (this.ctx().allowedOrigins.includes(origin)) return true;
    const now = Date.now();
    if (!this.#origins || now - this.#loadedMs > this.ttlMs) {
      this.#loading ??= this.ctx()
        .db.selectFrom('sites')
        .select('origin')
        .execute()
        .then((rows) => new Set(rows.map((r) => r.origin)))
        .finally(() => (this.#loading = null));
      this.#origins = await this.#loading;
      this.#loadedMs = now;
    }
    return this.#origins.has(origin);
  }

  /**
   * Counts a refused write from `origin`. Counts gather in memory and reach the
   * database at most once a minute per origin, so refused requests (whose
   * Origin header anyone can forge) cannot turn into a write each. Resolves once
   * recorded (at once when counted in memory), so the console lists a refusal as
   * soon as its page has been told no; never rejects.
   */
  async refused(origin: string): Promise<void> {
    if (!/^https?:\/\/[^/\s]{1,253}$/.test(origin)) return;
    const entry = this.#refused.get(origin) ?? { pending: 0, writtenMs: 0 };
    entry.pending++;
    this.#refused.set(origin, entry);
    const now = Date.now();
    if (now - entry.writtenMs < 60_000) return;
    if (this.#refused.size > 1_000) this.#refused.clear();
    const count = entry.pending;
    entry.pending = 0;
    entry.writtenMs = now;
    await this.ctx()
      .transact(async (tx) => {
        const at = tx.now().getTime();
        await tx.db
          .insertInto('refused_origins')
          .values({ origin, count, first_ms: at, last_ms: at })
          .onConflict((oc) =>
            oc.column('origin').doUpdateSet((eb) => ({ count: eb('refused_origins.count', '+', count), last_ms: at })),
          )
          .execute();
      })
      .catch((error: unknown) => this.ctx().log.warn({ err: error }, 'could not record a refused origin'));
  }
}
