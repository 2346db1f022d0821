import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import type { Seed } from '@civic-widgets/core';
import { type TestServer, startTestServer } from './server.js';

/*
 * A real OpenID provider for tests (oidc-provider, in this process, on a free
 * 127.0.0.1 port), and a browser that goes through a sign-in with it: the
 * civic server's redirects, the provider's login and consent interactions
 * (completed as the account a test names), and back, carrying each side's
 * cookies like a browser would.
 */

/** What the provider says about a person (beside `sub`, the account's id). */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
  realm_access?: { roles: string[] };
}

export interface TestProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** Tokens the provider's token endpoint handed out. */
  tokensIssued(): number;
  /** Lets a test change a token request before the provider sees it (a provider or path that misbehaves). */
  onTokenRequest: ((request: IncomingMessage) => void) | null;
  close(): Promise<void>;
}

export const CLIENT_ID = 'civic-console';
export const CLIENT_SECRET = 'civic-console-secret-0123456789abcdef';
/** Another application at the same provider, with the same redirect URI. */
export const OTHER_CLIENT_ID = 'other-app';
export const OTHER_CLIENT_SECRET = 'other-app-secret-0123456789abcdef';
/** A public client: no secret, PKCE only. */
export const PUBLIC_CLIENT_ID = 'civic-public';

/** Minimal view of oidc-provider's API, which ships no types. */
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{
    prompt: { name: string; details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] } };
    params: Record<string, string>;
    session?: { accountId: string };
    grantId?: string;
  }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options: object): Promise<void>;
  Grant: GrantClass;
  on(event: string, listener: () => void): void;
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}
interface GrantClass {
  new (init: { accountId: string; clientId: string }): Grant;
  find(id: string): Promise<Grant | undefined>;
}

/** A port free now on 127.0.0.1 (for a server whose URL must be known before it starts). */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts a provider whose clients send people back to `redirectUri`.
 * `claimsInIdToken: false` keeps e-mail and groups out of the ID token (in
 * UserInfo only), as several real providers do.
 */
export async function startTestProvider(redirectUri: string, { claimsInIdToken = true } = {}): Promise<TestProvider> {
  // oidc-provider ships no type declarations: the part of its API used here is typed above.
  const moduleName = 'oidc-provider';
  const { default: ProviderClass } = (await import(moduleName)) as {
    default: new (issuer: string, configuration: object) => Provider;
  };
  const accounts = new Map<string, TestAccount>();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const client = { redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] };
  const provider = new ProviderClass(issuer, {
    clients: [
      { ...client, client_id: CLIENT_ID, client_secret: CLIENT_SECRET, token_endpoint_auth_method: 'client_secret_basic' },
      {
        ...client,
        client_id: OTHER_CLIENT_ID,
        client_secret: OTHER_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
      },
      { ...client, client_id: PUBLIC_CLIENT_ID, token_endpoint_auth_method: 'none' },
    ],
    jwks: { keys: [{ ...key, kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'realm_access'] },
    conformIdTokenClaims: !claimsInIdToken,
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    // Every client must send a PKCE challenge: the server always does.
    pkce: { required: () => true },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
  });
  let issued = 0;
  provider.on('grant.success', () => void issued++);
  const handle = provider.callback();
  const result: TestProvider = {
    issuer,
    accounts,
    tokensIssued: () => issued,
    onTokenRequest: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname.startsWith('/interaction/')) {
      interact(provider, req, res, url).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    if (url.pathname === '/token') result.onTokenRequest?.(req);
    handle(req, res);
  });
  return result;
}

/**
 * The provider's sign-in page, as a browser sees it: a person types the account
 * to sign in as, and the form sends it back as `?login=ACCOUNT`.
 */
const LOGIN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Council account</title></head>
<body>
<main>
<h1>Sign in with your Council account</h1>
<form method="get">
<label for="login">User name</label>
<input id="login" name="login" autocomplete="username" required>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`;

/**
 * The provider's login and consent pages: `?login=ACCOUNT` signs in as that
 * account (a test names it in the address, or a person types it in the sign-in
 * page shown without it); consent is given at once.
 */
async function interact(provider: Provider, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = url.searchParams.get('login');
    if (!accountId) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LOGIN_PAGE);
    await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    return;
  }
  assert.equal(details.prompt.name, 'consent');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session!.accountId, clientId: details.params['client_id']! });
  assert.ok(grant);
  if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
  if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: details.grantId ? {} : { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/** Cookies by name for one site, as a browser keeps them (paths and expiry simplified). */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) <= Date.now()),
      );
      if (expired || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }
}

/**
 * Goes through the provider from its authorization URL, signing in as
 * `account`, until it redirects back to `callbackPrefix`; returns that URL.
 * Each call is a new browser at the provider (no session there yet).
 */
export async function throughProvider(authorizationUrl: string, account: string, callbackPrefix: string): Promise<URL> {
  const jar = new CookieJar();
  let next = new URL(authorizationUrl);
  for (let hops = 0; hops < 10; hops++) {
    if (next.href.startsWith(callbackPrefix)) return next;
    if (next.pathname.startsWith('/interaction/')) next.searchParams.set('login', account);
    const res = await fetch(next, { redirect: 'manual', headers: jar.header() });
    jar.take(res);
    const location = res.headers.get('location');
    if (!location)
      assert.fail(`the provider did not redirect: ${res.status} at ${next.pathname}: ${(await res.text()).slice(0, 300)}`);
    await res.body?.cancel();
    next = new URL(location, next);
  }
  assert.fail('the provider did not send the browser back');
}

export const ROLE_MAP = 'civic-admins=admin,civic-editors=editor,civic-moderators=moderator,civic-analysts=analyst';

/**
 * A civic server with single sign-on through a test provider: the server's
 * port is chosen first, since the provider must know the redirect URI built
 * on CIVIC_PUBLIC_URL. Plain http to the provider is allowed for the test only.
 */
export async function startWithProvider(
  databaseUrl: string,
  content?: Seed,
  env: Record<string, string> = {},
  providerOptions: { claimsInIdToken?: boolean } = {},
): Promise<{ server: TestServer; provider: TestProvider }> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const provider = await startTestProvider(`${publicUrl}/api/v1/admin/oidc/callback`, providerOptions);
  try {
    const server = await startTestServer(
      databaseUrl,
      content,
      {
        CIVIC_PUBLIC_URL: publicUrl,
        CIVIC_OIDC_ISSUER: provider.issuer,
        CIVIC_OIDC_CLIENT_ID: CLIENT_ID,
        CIVIC_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        CIVIC_OIDC_ROLE_MAP: ROLE_MAP,
        CIVIC_OIDC_LABEL: 'Sign in with Council account',
        ...env,
      },
      { port, oidcInsecureHttp: true },
    );
    return { server, provider };
  } catch (error) {
    await provider.close();
    throw error;
  }
}

/** The first half of a sign-in: the server's redirect to the provider, and the flow cookie it set. */
export async function startSignIn(server: TestServer, query = ''): Promise<{ authorizationUrl: string; flowCookie: string }> {
  const res = await fetch(`${server.api}/admin/oidc/start${query}`, { redirect: 'manual' });
  assert.equal(res.status, 302, 'start redirects');
  const jar = new CookieJar();
  jar.take(res);
  const flow = jar.cookies.get('civic_oidc');
  assert.ok(flow, 'start sets the flow cookie');
  return { authorizationUrl: res.headers.get('location')!, flowCookie: `civic_oidc=${flow}` };
}

/** The provider's redirect back to the server, as a browser follows it. */
export async function finishSignIn(
  server: TestServer,
  callback: URL | string,
  flowCookie: string | null,
): Promise<{ status: number; location: string; session: string | null; setCookies: string[] }> {
  const url = new URL(callback);
  const res = await fetch(`${server.base}${url.pathname}${url.search}`, {
    redirect: 'manual',
    headers: flowCookie ? { cookie: flowCookie } : {},
  });
  await res.body?.cancel();
  const setCookies = res.headers.getSetCookie();
  const session = setCookies.find((c) => c.startsWith('civic_console='))?.split(';')[0] ?? null;
  return { status: res.status, location: res.headers.get('location') ?? '', session, setCookies };
}

/** A whole sign-in as `account` at the provider. */
export async function oidcSignIn(server: TestServer, account: string) {
  const { authorizationUrl, flowCookie } = await startSignIn(server);
  const callback = await throughProvider(authorizationUrl, account, `${server.config.publicUrl}/api/v1/admin/oidc/callback`);
  return { ...(await finishSignIn(server, callback, flowCookie)), callback, flowCookie };
}
