import * as z from 'zod/mini';
import type { AdminRoute } from './admin-api.js';

/*
 * Single sign-on endpoints under /api/v1/admin. Open to anonymous callers
 * (they are how one signs in); oidc-routes.ts answers them, since they set
 * cookies and redirect the browser.
 */

export const AuthMethods = z.object({
  /** E-mail address and password (always available). */
  password: z.boolean(),
  /** Single sign-on, when configured: the button's text and where it leads. */
  oidc: z.nullable(z.object({ label: z.string(), start: z.string() })),
});

const StartQuery = z.strictObject({
  /** The address the person typed, passed on to the provider to pre-fill its sign-in. */
  login_hint: z.optional(z.string().check(z.minLength(1), z.maxLength(254))),
});

/** What the provider sends back (RFC 6749 §4.1.2, RFC 9207); other parameters some providers add are ignored. */
const CallbackQuery = z.object({
  state: z.string().check(z.minLength(1), z.maxLength(512)),
  code: z.optional(z.string().check(z.maxLength(4096))),
  iss: z.optional(z.string().check(z.maxLength(2048))),
  error: z.optional(z.string().check(z.maxLength(200))),
  error_description: z.optional(z.string().check(z.maxLength(2000))),
});

const notHere = async () => undefined;

export const oidcApi: AdminRoute[] = [
  {
    method: 'GET',
    url: '/auth/methods',
    operationId: 'authMethods',
    summary: 'How staff can sign in to the console: password, and single sign-on with its button text when configured',
    permission: 'public',
    response: AuthMethods,
    status: 200,
    handle: notHere,
  },
  {
    method: 'GET',
    url: '/oidc/start',
    operationId: 'oidcStart',
    summary:
      'Single sign-on, step 1 (a browser navigation): redirects to the identity provider with state, nonce and PKCE kept in a short-lived cookie; 404 when single sign-on is off',
    permission: 'public',
    query: StartQuery,
    response: null,
    redirect: "The identity provider's sign-in page; if the provider cannot be reached, the console with `#signin-error=failed`",
    status: 302,
    handle: notHere,
  },
  {
    method: 'GET',
    url: '/oidc/callback',
    operationId: 'oidcCallback',
    summary:
      'Single sign-on, step 2: where the provider sends the browser back; checks the answer, opens a console session (the same cookie as POST /session) and redirects to the console',
    permission: 'public',
    query: CallbackQuery,
    response: null,
    redirect:
      'The console (`/admin/`) signed in, or `/admin/#signin-error=CODE` with CODE `no-role` (no role for this person), `disabled` (account disabled), `expired` (sign-in took over 10 minutes, or began in another browser) or `failed`',
    status: 302,
    handle: notHere,
  },
];
