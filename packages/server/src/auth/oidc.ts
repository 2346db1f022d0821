import * as client from 'openid-client';
import { safeEqual } from '../security/hash.js';
import type { OidcConfig } from './oidc-config.js';
import { ROLES, type Role } from './roles.js';

/*
 * Single sign-on: the authorization code flow with PKCE (S256), state and
 * nonce, through openid-client, which checks the response, the ID token's
 * signature, issuer, audience, expiry and nonce. This module speaks the
 * protocol and reads the claims; domain/staff-oidc.ts decides who the person
 * is in the console.
 */

/** Why a sign-in was refused: the console explains each (`/admin/#signin-error=CODE`). */
export type OidcFailure = 'no-role' | 'disabled' | 'failed' | 'expired';

export class OidcSignInError extends Error {
  constructor(
    readonly code: OidcFailure,
    /** For the log only: never shown to the person. */
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The cookie holding a sign-in in progress (state, nonce, PKCE verifier), signed with CIVIC_SECRET. */
export const FLOW_COOKIE = 'civic_oidc';
/** A sign-in must come back from the provider within this time. */
export const FLOW_TTL_MS = 10 * 60_000;

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  expires: number;
}

/** What the provider vouched for, and the role its claims give. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** Lower-cased, or null when the provider sent none. */
  email: string | null;
  /** `false` only when the provider said so; absent counts as not contradicted. */
  emailVerified: boolean | null;
  name: string | null;
  /** The highest role the role claim maps to, or null. */
  role: Role | null;
}

export class OidcClient {
  #discovered: Promise<client.Configuration> | null = null;

  constructor(
    readonly config: OidcConfig,
    /** CIVIC_PUBLIC_URL/api/v1/admin/oidc/callback, as registered at the provider. */
    readonly redirectUri: string,
    /** A keyed MAC (CIVIC_SECRET) of a value. */
    private readonly mac: (value: string) => string,
  ) {}

  /** The provider's metadata, discovered once; a failure is not kept, so the next sign-in tries again. */
  configuration(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret, insecureHttp } = this.config;
    this.#discovered ??= client
      .discovery(
        new URL(issuer),
        clientId,
        clientSecret,
        // client_secret_basic is OpenID Connect's default; without a secret the client is public and relies on PKCE.
        clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
        // Seconds, for discovery and every later request: a provider that hangs does not hold a sign-in for long.
        { timeout: 10, execute: insecureHttp ? [client.allowInsecureRequests] : [] },
      )
      .catch((error: unknown) => {
        this.#discovered = null;
        throw error;
      });
    return this.#discovered;
  }

  /** The provider's authorization URL for a new sign-in, and the signed cookie value that binds it to this browser. */
  async start(now: number, loginHint?: string): Promise<{ url: URL; cookie: string }> {
    const configuration = await this.configuration();
    const flow: Flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      expires: now + FLOW_TTL_MS,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      ...this.config.authParams,
      ...(loginHint ? { login_hint: loginHint } : {}),
      redirect_uri: this.redirectUri,
      scope: this.config.scopes.join(' '),
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    return { url, cookie: this.#seal(flow) };
  }

  /**
   * Completes a sign-in from the provider's redirect (`search`: its query
   * string) and the flow cookie: the code is exchanged and everything checked
   * by openid-client; then the claims are read.
   */
  async finish(search: string, cookie: string | undefined, now: number): Promise<OidcIdentity> {
    const flow = this.#open(cookie, now);
    const configuration = await this.configuration().catch((error: unknown) => {
      throw new OidcSignInError('failed', `discovery: ${message(error)}`);
    });
    const current = new URL(this.redirectUri);
    current.search = search;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcSignInError('failed', message(error));
    }
    const idToken = tokens.claims();
    if (!idToken) throw new OidcSignInError('failed', 'no ID token');
    let claims: Record<string, unknown> = { ...idToken };
    // Some providers put the e-mail or the groups in the UserInfo answer only (Login.gov, Keycloak by default).
    if (
      (lookup(claims, this.config.roleClaim) === undefined || claims['email'] === undefined) &&
      configuration.serverMetadata().userinfo_endpoint
    ) {
      try {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        // The ID token's own claims (iss, sub, aud…) win over anything UserInfo says.
        claims = { ...info, ...idToken };
      } catch (error) {
        throw new OidcSignInError('failed', `userinfo: ${message(error)}`);
      }
    }
    const emailVerified = claims['email_verified'];
    const verified =
      emailVerified === undefined || emailVerified === null ? null : emailVerified === true || emailVerified === 'true';
    const email = typeof claims['email'] === 'string' && claims['email'].trim() ? claims['email'].trim().toLowerCase() : null;
    // With the address as role claim (Login.gov sends no groups), it counts lower-cased, and only
    // when the provider does not say it is unverified.
    const roleValues =
      this.config.roleClaim === 'email'
        ? email && verified !== false
          ? [email]
          : []
        : claimValues(lookup(claims, this.config.roleClaim));
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email,
      emailVerified: verified,
      name: nameOf(claims),
      role: highestRole(roleValues, this.config.roleMap),
    };
  }

  #seal(flow: Flow): string {
    const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
    return `${payload}.${this.mac(`oidc-flow:${payload}`)}`;
  }

  /** The flow behind a cookie: missing, forged or too old all mean "start again". */
  #open(cookie: string | undefined, now: number): Flow {
    const [payload, mac, ...rest] = (cookie ?? '').split('.');
    if (!payload || !mac || rest.length || !safeEqual(mac, this.mac(`oidc-flow:${payload}`)))
      throw new OidcSignInError('expired', cookie ? 'flow cookie not valid' : 'no flow cookie (expired, or another browser)');
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Flow;
    if (!(flow.expires > now)) throw new OidcSignInError('expired', 'flow older than 10 minutes');
    return flow;
  }
}

/** A claim by name, or else by dotted path: `realm_access.roles`; a name with dots (a URL) is tried whole first. */
export function lookup(claims: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A role claim is an array of strings, or a string: one value (which may have
 * spaces, like a group's display name) or several separated by spaces, as in `scope`.
 */
function claimValues(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim(), ...value.split(/\s+/)].filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The most privileged role any value maps to, in the order of ROLES (admin, editor, moderator, analyst). */
export function highestRole(values: readonly string[], map: ReadonlyMap<string, Role>): Role | null {
  let best: Role | null = null;
  for (const value of values) {
    const role = map.get(value);
    if (role && (best === null || ROLES.indexOf(role) < ROLES.indexOf(best))) best = role;
  }
  return best;
}

function nameOf(claims: Record<string, unknown>): string | null {
  const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string).trim() : '');
  return (
    text('name') || [text('given_name'), text('family_name')].filter(Boolean).join(' ') || text('preferred_username') || null
  );
}

/** An error and its causes, for the log: openid-client says what failed in `cause` (which claim, which parameter). */
function message(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const claim = (e.cause as { claim?: unknown } | undefined)?.claim;
    // The provider's own error code (invalid_grant for a code used twice…).
    const code = (e as { error?: unknown }).error;
    parts.push(`${e.message}${typeof claim === 'string' ? ` (${claim})` : ''}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  return parts.join(': ') || String(error);
}
