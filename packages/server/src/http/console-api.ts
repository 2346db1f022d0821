import { InvalidInputError, Timestamp, parseInput } from '@civic-widgets/core';
import * as z from 'zod/mini';
import { ROLES } from '../auth/roles.js';
import { listAudit, recordAudit } from '../domain/audit.js';
import * as sessions from '../domain/sessions.js';
import * as sites from '../domain/sites.js';
import * as staff from '../domain/staff.js';
import { toCsv } from './csv.js';
import type { AdminRoute } from './admin-api.js';
import type { ParamsSchema } from './params.js';

/*
 * The console's own endpoints under /api/v1/admin: sessions, staff, personal
 * API tokens, the audit log and the sites allowed to write. They are admin
 * routes like the others (same table, same OpenAPI document, same auth and
 * audit); signing in and setting a password are the only ones open to
 * anonymous callers.
 */

const Role = z.enum(ROLES);
export const StaffView = z.object({
  id: z.int(),
  email: z.string(),
  name: z.string(),
  role: Role,
  status: z.enum(['invited', 'active', 'disabled']),
  createdAt: Timestamp,
  lastSignInAt: z.nullable(Timestamp),
  signsInWith: z.array(z.enum(['password', 'oidc'])),
});
export const SessionView = z.object({
  staff: StaffView,
  /** Send it back in `X-CSRF-Token` with every request that changes something. */
  csrfToken: z.string(),
});
const SignInInput = z.strictObject({ email: z.string().check(z.maxLength(254)), password: z.string().check(z.maxLength(256)) });
const SetupInput = z.strictObject({ token: z.string().check(z.maxLength(64)), password: z.string().check(z.maxLength(256)) });
const InviteInput = z.strictObject({
  email: z.string().check(z.maxLength(254)),
  name: z.optional(z.string().check(z.maxLength(120))),
  role: Role,
});
const StaffChange = z.strictObject({
  role: z.optional(Role),
  status: z.optional(z.enum(['active', 'disabled'])),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
});
const Invitation = z.object({ staff: StaffView, setupLink: z.string() });
const TokenView = z.object({
  id: z.int(),
  name: z.string(),
  createdAt: Timestamp,
  lastUsedAt: z.nullable(Timestamp),
  revokedAt: z.nullable(Timestamp),
});
const NewToken = z.extend(TokenView, { token: z.string() });
const AuditView = z.object({
  id: z.int(),
  at: Timestamp,
  actor: z.object({ kind: z.string(), id: z.nullable(z.int()), email: z.nullable(z.string()), role: z.nullable(z.string()) }),
  action: z.string(),
  resource: z.nullable(z.object({ kind: z.string(), id: z.string() })),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.nullable(z.string()),
  network: z.nullable(z.string()),
});
const AuditQuery = z.object({
  actor: z.optional(z.string().check(z.maxLength(254))),
  action: z.optional(z.string().check(z.maxLength(80))),
  resourceKind: z.optional(z.string().check(z.maxLength(40))),
  resourceId: z.optional(z.string().check(z.maxLength(80))),
  from: z.optional(z.string().check(z.maxLength(40))),
  to: z.optional(z.string().check(z.maxLength(40))),
  before: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5000))),
  format: z._default(z.enum(['json', 'csv']), 'json'),
});
const SiteView = z.object({
  origin: z.string(),
  note: z.nullable(z.string()),
  addedBy: z.nullable(z.string()),
  createdAt: Timestamp,
  fromEnvironment: z.boolean(),
});
const SiteInput = z.strictObject({
  origin: z.string().check(z.maxLength(300)),
  note: z.optional(z.string().check(z.maxLength(200))),
});
const RefusedOrigin = z.object({ origin: z.string(), count: z.int(), firstAt: Timestamp, lastAt: Timestamp });
const Ended = z.object({ ended: z.int() });

const staffId = z.strictObject({ staffId: z.string().check(z.regex(/^\d{1,9}$/)) }) as ParamsSchema;
const tokenId = z.strictObject({ tokenId: z.string().check(z.regex(/^\d{1,9}$/)) }) as ParamsSchema;

/** Console endpoints; the session routes' cookie handling lives in admin-routes.ts. */
export const consoleApi: AdminRoute[] = [
  {
    method: 'POST',
    url: '/session',
    operationId: 'signIn',
    summary: 'Sign in to the console with an e-mail address and password; sets the session cookie',
    permission: 'public',
    body: SignInInput,
    response: SessionView,
    status: 200,
    // Answered by admin-routes.ts, which owns the cookie.
    handle: async () => undefined,
  },
  {
    method: 'GET',
    url: '/session',
    operationId: 'currentSession',
    summary: 'Who is signed in, and the CSRF token for this session',
    permission: 'self',
    response: SessionView,
    status: 200,
    handle: async () => undefined,
  },
  {
    method: 'DELETE',
    url: '/session',
    operationId: 'signOut',
    summary: 'Sign out of this session',
    permission: 'self',
    response: null,
    status: 204,
    handle: async () => undefined,
  },
  {
    method: 'POST',
    url: '/session/everywhere',
    operationId: 'signOutEverywhere',
    summary: 'End every session of the signed-in staff member',
    permission: 'self',
    response: Ended,
    status: 200,
    audit: { action: 'staff.sign-out-everywhere' },
    handle: async (ctx, _input, _reply, who) => ({ ended: await sessions.closeAllSessions(ctx, who.staffId ?? -1) }),
  },
  {
    method: 'POST',
    url: '/setup',
    operationId: 'setPassword',
    summary: 'Set a password through a one-time link (invitation or reset)',
    permission: 'public',
    body: SetupInput,
    response: StaffView,
    status: 200,
    handle: async (ctx, { body }) => {
      const { token, password } = parseInput(SetupInput, body);
      const member = await staff.completeSetup(ctx, token, password);
      const view = staff.staffView(member);
      await recordAudit(
        ctx,
        { kind: 'session', staffId: member.id, email: member.email, role: view.role, ip: null },
        {
          action: 'staff.set-password',
          resource: { kind: 'staff', id: String(member.id) },
        },
      );
      return view;
    },
  },
  {
    method: 'GET',
    url: '/staff',
    operationId: 'listStaff',
    summary: 'Every staff member',
    permission: 'staff.write',
    response: z.array(StaffView),
    status: 200,
    handle: (ctx) => staff.listStaff(ctx),
  },
  {
    method: 'POST',
    url: '/staff',
    operationId: 'inviteStaff',
    summary: 'Invite a staff member; the answer holds a one-time link to set a password',
    permission: 'staff.write',
    body: InviteInput,
    response: Invitation,
    status: 201,
    audit: {
      action: 'staff.invite',
      resource: (_input, result) => ({ kind: 'staff', id: String((result as { staff: { id: number } }).staff.id) }),
      redact: ['setupLink'],
    },
    handle: async (ctx, { body }, _reply, _who, links) => {
      const input = parseInput(InviteInput, body);
      const { staff: view, setupToken } = await staff.addStaff(ctx, input);
      return { staff: view, setupLink: links.setup(setupToken) };
    },
  },
  {
    method: 'PATCH',
    url: '/staff/:staffId',
    operationId: 'updateStaff',
    summary: "Change a staff member's role, name or status (disabling ends their sessions and revokes their tokens)",
    permission: 'staff.write',
    params: staffId,
    body: StaffChange,
    response: StaffView,
    status: 200,
    audit: {
      action: 'staff.update',
      resource: (input) => ({ kind: 'staff', id: input.params['staffId'] ?? '' }),
      before: async (ctx, input) => staff.staffView(await staff.readStaff(ctx, Number(input.params['staffId']))),
    },
    handle: async (ctx, { params, body }, _reply, who) => {
      const change = parseInput(StaffChange, body);
      const id = Number(params['staffId']);
      if (id === who.staffId && (change.status === 'disabled' || (change.role && change.role !== 'admin')))
        throw new InvalidInputError('You cannot disable yourself or give up your own admin role; ask another admin', {
          fieldErrors: [{ path: change.status ? 'status' : 'role', message: 'Not for your own account' }],
        });
      return (await staff.updateStaff(ctx, id, change)).after;
    },
  },
  {
    method: 'POST',
    url: '/staff/:staffId/setup-link',
    operationId: 'newSetupLink',
    summary: 'A new one-time link for a staff member to set a password (earlier links stop working)',
    permission: 'staff.write',
    params: staffId,
    response: z.object({ setupLink: z.string() }),
    status: 200,
    audit: {
      action: 'staff.setup-link',
      resource: (input) => ({ kind: 'staff', id: input.params['staffId'] ?? '' }),
      redact: ['setupLink'],
    },
    handle: async (ctx, { params }, _reply, _who, links) => {
      const member = await staff.readStaff(ctx, Number(params['staffId']));
      return { setupLink: links.setup(await staff.newSetupLink(ctx, member.id)) };
    },
  },
  {
    method: 'GET',
    url: '/tokens',
    operationId: 'listTokens',
    summary: 'Your personal API tokens (never the tokens themselves)',
    permission: 'self',
    response: z.array(TokenView),
    status: 200,
    handle: (ctx, _input, _reply, who) => sessions.listTokens(ctx, who.staffId ?? -1),
  },
  {
    method: 'POST',
    url: '/tokens',
    operationId: 'createToken',
    summary: 'A personal API token acting with your role; shown once',
    permission: 'self',
    body: z.strictObject({ name: z.string().check(z.maxLength(80)) }),
    response: NewToken,
    status: 201,
    audit: {
      action: 'token.create',
      resource: (_input, result) => ({ kind: 'token', id: String((result as { id: number }).id) }),
      redact: ['token'],
    },
    handle: async (ctx, { body }, _reply, who) => {
      if (who.staffId === null) throw new InvalidInputError('Sign in as a staff member to create personal tokens');
      const { token, view } = await sessions.createToken(ctx, who.staffId, (body as { name?: unknown } | undefined)?.name);
      return { ...view, token };
    },
  },
  {
    method: 'POST',
    url: '/tokens/:tokenId/revoke',
    operationId: 'revokeToken',
    summary: 'Revoke one of your personal API tokens',
    permission: 'self',
    params: tokenId,
    response: TokenView,
    status: 200,
    audit: { action: 'token.revoke', resource: (input) => ({ kind: 'token', id: input.params['tokenId'] ?? '' }) },
    handle: (ctx, { params }, _reply, who) => sessions.revokeToken(ctx, who.staffId ?? -1, Number(params['tokenId'])),
  },
  {
    method: 'GET',
    url: '/audit',
    operationId: 'listAudit',
    summary: 'The audit log, newest first, filtered; JSON or CSV',
    permission: 'audit.read',
    query: AuditQuery,
    response: z.array(AuditView),
    csv: true,
    status: 200,
    handle: async (ctx, { query }, reply) => {
      const { format, ...filter } = query as z.output<typeof AuditQuery>;
      const entries = await listAudit(ctx, filter);
      if (format !== 'csv') return entries;
      reply.header('content-disposition', 'attachment; filename="audit.csv"');
      const rows = entries.map((e) => ({
        id: e.id,
        at: e.at,
        actor: e.actor.email ?? e.actor.kind,
        role: e.actor.role ?? '',
        action: e.action,
        resource: e.resource ? `${e.resource.kind}:${e.resource.id}` : '',
        before: e.before === null ? '' : JSON.stringify(e.before),
        after: e.after === null ? '' : JSON.stringify(e.after),
        detail: e.detail ?? '',
        network: e.network ?? '',
      }));
      return reply.type('text/csv; charset=utf-8').send(toCsv(rows));
    },
  },
  {
    method: 'GET',
    url: '/sites',
    operationId: 'listSites',
    summary: 'Origins whose pages may write (from the console and from CIVIC_ALLOWED_ORIGINS)',
    permission: 'content.read',
    response: z.array(SiteView),
    status: 200,
    handle: (ctx) => sites.listSites(ctx),
  },
  {
    method: 'POST',
    url: '/sites',
    operationId: 'addSite',
    summary: 'Allow pages of an origin to write (vote, comment, sign, rate); effective at once',
    permission: 'sites.write',
    body: SiteInput,
    response: SiteView,
    status: 201,
    audit: { action: 'site.add', resource: (_input, result) => ({ kind: 'site', id: (result as { origin: string }).origin }) },
    handle: (ctx, { body }, _reply, who) => {
      const input = parseInput(SiteInput, body);
      return sites.addSite(ctx, input.origin, input.note ?? null, who.email);
    },
  },
  {
    method: 'DELETE',
    url: '/sites',
    operationId: 'removeSite',
    summary: 'Stop allowing an origin (added in the console) to write',
    permission: 'sites.write',
    query: z.object({ origin: z.string().check(z.maxLength(300)) }),
    response: null,
    status: 204,
    audit: { action: 'site.remove', resource: (input) => ({ kind: 'site', id: String(input.query['origin'] ?? '') }) },
    handle: async (ctx, { query }) => {
      await sites.removeSite(ctx, String(query['origin']));
      return undefined;
    },
  },
  {
    method: 'GET',
    url: '/sites/refused',
    operationId: 'listRefusedOrigins',
    summary: 'Origins recently refused a write: a web team whose new page cannot vote sees why here',
    permission: 'content.read',
    response: z.array(RefusedOrigin),
    status: 200,
    handle: (ctx) => sites.listRefused(ctx),
  },
];
