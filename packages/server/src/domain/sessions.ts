import { InvalidInputError, NotFoundError } from '@civic-widgets/core';
import type { Role } from '../auth/roles.js';
import { randomToken, sha256 } from '../security/hash.js';
import type { Context } from './context.js';
import type { Staff } from './staff.js';

/** How long a console session lasts: ended after `idleMs` without use, and `maxMs` after sign-in whatever happens. */
export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

/** Who is acting on the admin API, however they proved it. */
export interface Principal {
  /** session: the console; token: a personal API token; break-glass: CIVIC_ADMIN_TOKEN; cli: the command line. */
  kind: 'session' | 'token' | 'break-glass' | 'cli';
  staffId: number | null;
  email: string | null;
  role: Role;
  /** Keyed hash of the network the request came from. */
  ip: string | null;
  /** For sessions: the value the console must send back in `X-CSRF-Token` with every change. */
  csrf?: string;
  /** For sessions: the session's id (hash of the cookie), to sign out. */
  sessionId?: string;
}

/** Last-use times are written at most this often, so reading the console is not a write per request. */
const TOUCH_MS = 60_000;

/** Opens a session; returns the cookie value (stored only hashed) and the CSRF token. */
export async function openSession(
  ctx: Context,
  staff: Staff,
  via: 'password' | 'oidc',
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | undefined },
): Promise<{ token: string; csrf: string; expiresAt: Date }> {
  const token = randomToken(32);
  const csrf = randomToken(24);
  return ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    await tx.db
      .insertInto('staff_sessions')
      .values({
        id: sha256(token),
        staff_id: staff.id,
        csrf,
        via,
        ip: meta.ip,
        user_agent: meta.userAgent?.slice(0, 200) ?? null,
        created_ms: now,
        last_seen_ms: now,
        expires_ms: now + policy.maxMs,
      })
      .execute();
    await tx.db.updateTable('staff').set({ last_sign_in_ms: now }).where('id', '=', staff.id).execute();
    // Sessions that ended are forgotten here rather than by a timer.
    await tx.db.deleteFrom('staff_sessions').where('expires_ms', '<', now).execute();
    return { token, csrf, expiresAt: new Date(now + policy.maxMs) };
  });
}

/** The principal behind a session cookie, or null when it is unknown, idle too long, past its lifetime, or its account is disabled. */
export async function sessionPrincipal(
  ctx: Context,
  token: string,
  policy: SessionPolicy,
  ip: string | null,
): Promise<Principal | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const id = sha256(token);
  const row = await ctx.db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .select([
      'staff_sessions.id',
      'staff_sessions.csrf',
      'staff_sessions.last_seen_ms',
      'staff_sessions.expires_ms',
      'staff.id as staff_id',
      'staff.email',
      'staff.role',
      'staff.status',
    ])
    .where('staff_sessions.id', '=', id)
    .executeTakeFirst();
  const now = ctx.now().getTime();
  if (!row || row.status !== 'active' || row.expires_ms <= now || row.last_seen_ms + policy.idleMs <= now) {
    if (row) await ctx.transact((tx) => tx.db.deleteFrom('staff_sessions').where('id', '=', id).execute());
    return null;
  }
  if (now - row.last_seen_ms > TOUCH_MS) {
    await ctx.transact((tx) => tx.db.updateTable('staff_sessions').set({ last_seen_ms: now }).where('id', '=', id).execute());
  }
  return { kind: 'session', staffId: row.staff_id, email: row.email, role: row.role as Role, ip, csrf: row.csrf, sessionId: id };
}

export async function closeSession(ctx: Context, sessionId: string): Promise<void> {
  await ctx.transact((tx) => tx.db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute());
}

/** Signs a staff member out everywhere: every session of theirs ends. */
export async function closeAllSessions(ctx: Context, staffId: number): Promise<number> {
  const result = await ctx.transact((tx) =>
    tx.db.deleteFrom('staff_sessions').where('staff_id', '=', staffId).executeTakeFirst(),
  );
  return Number(result.numDeletedRows);
}

// ------------------------------------------------------------ API tokens

/** Personal API tokens start with this, so leaked ones can be recognised by secret scanners. */
export const TOKEN_PREFIX = 'civic_pat_';

export interface TokenView {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A personal API token for automation: it acts with its owner's role, and is stored only hashed. */
export async function createToken(ctx: Context, staffId: number, name: unknown): Promise<{ token: string; view: TokenView }> {
  const label = typeof name === 'string' ? name.trim() : '';
  if (!label || label.length > 80)
    throw new InvalidInputError('Name the token (what it is for), up to 80 characters', {
      fieldErrors: [{ path: 'name', message: 'Required' }],
    });
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  const row = await ctx.transact((tx) =>
    tx.db
      .insertInto('staff_tokens')
      .values({
        staff_id: staffId,
        name: label,
        token_hash: sha256(token),
        created_ms: tx.now().getTime(),
        last_used_ms: null,
        revoked_ms: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return { token, view: tokenView(row) };
}

function tokenView(row: {
  id: number;
  name: string;
  created_ms: number;
  last_used_ms: number | null;
  revoked_ms: number | null;
}): TokenView {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    id: row.id,
    name: row.name,
    createdAt: iso(row.created_ms)!,
    lastUsedAt: iso(row.last_used_ms),
    revokedAt: iso(row.revoked_ms),
  };
}

export async function listTokens(ctx: Context, staffId: number): Promise<TokenView[]> {
  const rows = await ctx.db
    .selectFrom('staff_tokens')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(tokenView);
}

export async function revokeToken(ctx: Context, staffId: number, tokenId: number): Promise<TokenView> {
  const row = await ctx.transact((tx) =>
    tx.db
      .updateTable('staff_tokens')
      .set({ revoked_ms: tx.now().getTime() })
      .where('id', '=', tokenId)
      .where('staff_id', '=', staffId)
      .returningAll()
      .executeTakeFirst(),
  );
  if (!row) throw new NotFoundError(`No token ${tokenId} of yours`);
  return tokenView(row);
}

/** The principal behind a personal API token, or null when unknown, revoked or its owner is disabled. */
export async function tokenPrincipal(ctx: Context, token: string, ip: string | null): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const row = await ctx.db
    .selectFrom('staff_tokens')
    .innerJoin('staff', 'staff.id', 'staff_tokens.staff_id')
    .select(['staff_tokens.id', 'staff_tokens.last_used_ms', 'staff.id as staff_id', 'staff.email', 'staff.role', 'staff.status'])
    .where('staff_tokens.token_hash', '=', sha256(token))
    .where('staff_tokens.revoked_ms', 'is', null)
    .executeTakeFirst();
  if (!row || row.status !== 'active') return null;
  const now = ctx.now().getTime();
  if (row.last_used_ms === null || now - row.last_used_ms > TOUCH_MS) {
    await ctx.transact((tx) => tx.db.updateTable('staff_tokens').set({ last_used_ms: now }).where('id', '=', row.id).execute());
  }
  return { kind: 'token', staffId: row.staff_id, email: row.email, role: row.role as Role, ip };
}
