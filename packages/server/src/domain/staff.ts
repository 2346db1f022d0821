import { AlreadyDoneError, InvalidInputError, NotFoundError, RateLimitedError, UnauthorisedError } from '@civic-widgets/core';
import type { Selectable } from 'kysely';
import type { StaffTable } from '../db/schema-console.js';
import { DUMMY_HASH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from '../auth/passwords.js';
import { type Role, isRole } from '../auth/roles.js';
import { randomToken, sha256 } from '../security/hash.js';
import type { Context } from './context.js';

export type Staff = Selectable<StaffTable>;

/** A staff member as the console and the admin API show them (no password hash, no OIDC key). */
export interface StaffView {
  id: number;
  email: string;
  name: string;
  role: Role;
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
  lastSignInAt: string | null;
  signsInWith: ('password' | 'oidc')[];
}

export function staffView(row: Staff): StaffView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    status: row.status as StaffView['status'],
    createdAt: new Date(row.created_ms).toISOString(),
    lastSignInAt: row.last_sign_in_ms === null ? null : new Date(row.last_sign_in_ms).toISOString(),
    signsInWith: [...(row.password_hash ? ['password' as const] : []), ...(row.oidc_key ? ['oidc' as const] : [])],
  };
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
/** One-time links to set a password are valid this long. */
export const SETUP_LINK_MS = 72 * 3_600_000;

/** Checks and normalises a staff address: lower case, trimmed. */
export function staffEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || email.length > 254)
    throw new InvalidInputError('Enter an e-mail address like name@example.gov', {
      fieldErrors: [{ path: 'email', message: 'Enter a valid e-mail address' }],
    });
  return email;
}

function checkRole(value: unknown): Role {
  if (!isRole(value))
    throw new InvalidInputError('Choose a role: admin, editor, moderator or analyst', {
      fieldErrors: [{ path: 'role', message: 'Choose a role' }],
    });
  return value;
}

/**
 * Adds a staff member, who sets a password through a one-time link (returned
 * here: the CLI prints it, the console shows it to the admin who invited).
 */
export async function addStaff(
  ctx: Context,
  input: { email: unknown; name?: unknown; role: unknown },
): Promise<{ staff: StaffView; setupToken: string }> {
  const email = staffEmail(input.email);
  const role = checkRole(input.role);
  const name = typeof input.name === 'string' && input.name.trim() ? input.name.trim().slice(0, 120) : email.split('@')[0]!;
  return ctx.transact(async (tx) => {
    const inserted = await tx.db
      .insertInto('staff')
      .values({
        email,
        name,
        role,
        status: 'invited',
        password_hash: null,
        oidc_key: null,
        created_ms: tx.now().getTime(),
        last_sign_in_ms: null,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted)
      throw new AlreadyDoneError(`${email} is already a staff member`, { fieldErrors: [{ path: 'email', message: 'Taken' }] });
    return { staff: staffView(inserted), setupToken: await newSetupLink(tx, inserted.id) };
  });
}

/** A new one-time link for a staff member to set (or reset) their password; earlier links stop working. */
export async function newSetupLink(ctx: Context, staffId: number): Promise<string> {
  const token = randomToken(32);
  await ctx.transact(async (tx) => {
    await tx.db.deleteFrom('staff_links').where('staff_id', '=', staffId).execute();
    await tx.db
      .insertInto('staff_links')
      .values({ token_hash: sha256(token), staff_id: staffId, expires_ms: tx.now().getTime() + SETUP_LINK_MS, used_ms: null })
      .execute();
  });
  return token;
}

export function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
    throw new InvalidInputError(`Choose a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`, {
      fieldErrors: [{ path: 'password', message: `At least ${MIN_PASSWORD_LENGTH} characters` }],
    });
  return password;
}

/** Sets the password behind a one-time link; the link then stops working and the account is active. */
export async function completeSetup(ctx: Context, token: unknown, password: unknown): Promise<Staff> {
  const chosen = checkPassword(password);
  const hash = await hashPassword(chosen);
  return ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    const link =
      typeof token === 'string' && /^[A-Za-z0-9_-]{20,64}$/.test(token)
        ? await tx.db.selectFrom('staff_links').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst()
        : undefined;
    if (!link || link.used_ms !== null || link.expires_ms < now)
      throw new NotFoundError('This link is not valid any more: ask an administrator for a new one');
    const staff = await tx.db
      .updateTable('staff')
      .set({ password_hash: hash, status: 'active' })
      .where('id', '=', link.staff_id)
      .where('status', '<>', 'disabled')
      .returningAll()
      .executeTakeFirst();
    if (!staff) throw new NotFoundError('This account is disabled');
    await tx.db.updateTable('staff_links').set({ used_ms: now }).where('token_hash', '=', link.token_hash).execute();
    // A new password ends every session opened with the old one.
    await tx.db.deleteFrom('staff_sessions').where('staff_id', '=', staff.id).execute();
    return staff;
  });
}

/** Failed sign-ins allowed per account and per network in the window before further tries are refused. */
export const SIGN_IN_LIMITS = { perAccount: 5, perNetwork: 20, windowMs: 15 * 60_000 };

/**
 * Checks a password sign-in. Failures are counted per account and per network
 * in the database (so the count holds across server instances); past the
 * limit, even the right password is refused until the window has passed. The
 * answer never says whether the account exists.
 */
export async function verifySignIn(ctx: Context, emailInput: unknown, password: unknown, network: string | null): Promise<Staff> {
  const email = typeof emailInput === 'string' ? emailInput.trim().toLowerCase() : '';
  const keys = [`account:${sha256(email)}`, ...(network ? [`network:${network}`] : [])];
  const now = ctx.now().getTime();
  const since = now - SIGN_IN_LIMITS.windowMs;
  const failures = await ctx.db
    .selectFrom('auth_failures')
    .select((eb) => ['key', eb.fn.countAll<number>().as('n')])
    .where('key', 'in', keys)
    .where('at_ms', '>', since)
    .groupBy('key')
    .execute();
  const count = (prefix: string) => Number(failures.find((f) => f.key.startsWith(prefix))?.n ?? 0);
  if (count('account:') >= SIGN_IN_LIMITS.perAccount || count('network:') >= SIGN_IN_LIMITS.perNetwork)
    throw new RateLimitedError('Too many failed sign-ins: wait 15 minutes, or ask an administrator to reset your password', {
      retryAfter: SIGN_IN_LIMITS.windowMs / 1000,
    });
  const staff = await ctx.db.selectFrom('staff').selectAll().where('email', '=', email).executeTakeFirst();
  const ok =
    typeof password === 'string' &&
    (await verifyPassword(password, staff?.password_hash ?? (await DUMMY_HASH))) &&
    staff?.status === 'active';
  if (!ok || !staff) {
    await ctx.transact(async (tx) => {
      await tx.db
        .insertInto('auth_failures')
        .values(keys.map((key) => ({ key, at_ms: now })))
        .execute();
      await tx.db.deleteFrom('auth_failures').where('at_ms', '<', since).execute();
    });
    throw new UnauthorisedError('The e-mail address or password is not right', { status: 401 });
  }
  return staff;
}

export async function listStaff(ctx: Context): Promise<StaffView[]> {
  const rows = await ctx.db.selectFrom('staff').selectAll().orderBy('email').execute();
  return rows.map(staffView);
}

export async function readStaff(ctx: Context, id: number): Promise<Staff> {
  const row = await ctx.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`No staff member ${id}`);
  return row;
}

/** Changes a role or status; disabling ends the member's sessions and revokes their tokens. */
export async function updateStaff(
  ctx: Context,
  id: number,
  input: { role?: unknown; status?: unknown; name?: unknown },
): Promise<{ before: StaffView; after: StaffView }> {
  return ctx.transact(async (tx) => {
    const before = await readStaff(tx, id);
    const set: Partial<Pick<Staff, 'role' | 'status' | 'name'>> = {};
    if (input.role !== undefined) set.role = checkRole(input.role);
    if (input.status !== undefined) {
      if (input.status !== 'active' && input.status !== 'disabled')
        throw new InvalidInputError('status is "active" or "disabled"', {
          fieldErrors: [{ path: 'status', message: 'Invalid' }],
        });
      set.status = input.status === 'active' && !before.password_hash && !before.oidc_key ? 'invited' : input.status;
    }
    if (typeof input.name === 'string' && input.name.trim()) set.name = input.name.trim().slice(0, 120);
    const after = await tx.db.updateTable('staff').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    if (after.status === 'disabled' || after.role !== before.role) {
      await tx.db.deleteFrom('staff_sessions').where('staff_id', '=', id).execute();
    }
    if (after.status === 'disabled') {
      await tx.db
        .updateTable('staff_tokens')
        .set({ revoked_ms: tx.now().getTime() })
        .where('staff_id', '=', id)
        .where('revoked_ms', 'is', null)
        .execute();
    }
    return { before: staffView(before), after: staffView(after) };
  });
}
