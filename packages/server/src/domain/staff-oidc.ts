import { InvalidInputError } from '@civic-widgets/core';
import { type OidcIdentity, OidcSignInError } from '../auth/oidc.js';
import type { Role } from '../auth/roles.js';
import { recordAudit } from './audit.js';
import type { Context } from './context.js';
import { type Principal, type SessionPolicy, openSession } from './sessions.js';
import { type Staff, staffEmail, staffView } from './staff.js';

/**
 * The stored link between a staff member and their identity at the provider:
 * a keyed hash (CIVIC_SECRET) of issuer and subject, so the database never
 * holds the provider's identifier itself.
 */
export function oidcKey(ctx: Context, issuer: string, subject: string): string {
  return ctx.keyedToken(`oidc:${JSON.stringify([issuer, subject])}`);
}

/**
 * Signs in someone the provider vouched for, in one transaction: finds their
 * account by identity, else by e-mail address (linking it, unless the provider
 * says the address is unverified), else creates one; gives it the role the
 * provider's claim maps to (each sign-in, so leaving a group demotes); opens
 * a session and writes the audit log. Refused, it changes nothing.
 */
export async function signInWithOidc(
  ctx: Context,
  identity: OidcIdentity,
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | undefined },
): Promise<{ staff: Staff; session: { token: string; csrf: string; expiresAt: Date } }> {
  const role = identity.role;
  if (!role) throw new OidcSignInError('no-role', 'the role claim maps to no role');
  const key = oidcKey(ctx, identity.issuer, identity.subject);
  const usableEmail = identity.email !== null && identity.emailVerified !== false ? identity.email : null;

  return ctx.transact(async (tx) => {
    let found = await tx.db.selectFrom('staff').selectAll().where('oidc_key', '=', key).executeTakeFirst();
    if (!found && usableEmail) {
      const byEmail = await tx.db.selectFrom('staff').selectAll().where('email', '=', usableEmail).executeTakeFirst();
      // An account already linked to another identity is not taken over by whoever now has its address.
      if (byEmail?.oidc_key) throw new OidcSignInError('failed', 'the account with this e-mail is linked to another identity');
      found = byEmail;
    }
    if (found?.status === 'disabled') throw new OidcSignInError('disabled', 'the account is disabled');

    const staff = found
      ? await update(tx, found, key, role, meta.ip)
      : await create(tx, identity, usableEmail, key, role, meta.ip);
    const session = await openSession(tx, staff, 'oidc', policy, meta);
    await recordAudit(tx, principalOf(staff, meta.ip), {
      action: 'staff.sign-in',
      resource: { kind: 'staff', id: String(staff.id) },
      detail: 'oidc',
    });
    return { staff, session };
  });
}

function principalOf(staff: Staff, ip: string | null): Principal {
  return { kind: 'session', staffId: staff.id, email: staff.email, role: staff.role as Role, ip };
}

async function create(
  tx: Context,
  identity: OidcIdentity,
  email: string | null,
  key: string,
  role: Role,
  ip: string | null,
): Promise<Staff> {
  if (!email)
    throw new OidcSignInError(
      'failed',
      identity.email ? 'the provider says the e-mail address is not verified' : 'the provider sent no e-mail address',
    );
  let address: string;
  try {
    address = staffEmail(email);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new OidcSignInError('failed', 'the e-mail address is not valid');
    throw error;
  }
  const staff = await tx.db
    .insertInto('staff')
    .values({
      email: address,
      name: identity.name?.slice(0, 120) || address.split('@')[0]!,
      role,
      status: 'active',
      password_hash: null,
      oidc_key: key,
      created_ms: tx.now().getTime(),
      last_sign_in_ms: null,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  // Another sign-in of the same person, or an invitation, got there first: trying again finds it.
  if (!staff) throw new OidcSignInError('failed', 'an account was created at the same moment');
  await recordAudit(tx, principalOf(staff, ip), {
    action: 'staff.create',
    resource: { kind: 'staff', id: String(staff.id) },
    after: staffView(staff),
    detail: 'oidc',
  });
  return staff;
}

/** Links the account, activates an invitation, and follows the provider's role; each change audited. */
async function update(tx: Context, before: Staff, key: string, role: Role, ip: string | null): Promise<Staff> {
  const set: Partial<Pick<Staff, 'oidc_key' | 'role' | 'status'>> = {};
  if (before.oidc_key !== key) set.oidc_key = key;
  if (before.role !== role) set.role = role;
  if (before.status === 'invited') set.status = 'active';
  if (!Object.keys(set).length) return before;
  const after = await tx.db.updateTable('staff').set(set).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow();
  // As when an admin changes a role: sessions opened with the old one end.
  if (set.role) await tx.db.deleteFrom('staff_sessions').where('staff_id', '=', before.id).execute();
  await recordAudit(tx, principalOf(after, ip), {
    action: 'staff.update',
    resource: { kind: 'staff', id: String(before.id) },
    before: staffView(before),
    after: staffView(after),
    detail: 'oidc',
  });
  return after;
}
