import { refuseStrays } from './env.js';
import { ROLES, type Role, isRole } from './roles.js';

/** Single sign-on with an OpenID Connect provider (CIVIC_OIDC_*). See docs/operations.md, "Single sign-on". */
export interface OidcConfig {
  /** The issuer identifier, exactly as the provider's discovery document and ID tokens name it. */
  issuer: string;
  clientId: string;
  /** Absent for a public client: it proves itself with PKCE alone. */
  clientSecret: string | undefined;
  scopes: string[];
  /** Where the role names are in the claims: a claim name, or a dotted path (`realm_access.roles`). */
  roleClaim: string;
  /** Claim value → role. */
  roleMap: ReadonlyMap<string, Role>;
  /** Text of the console's sign-in button. */
  label: string;
  /** Further authorization request parameters some providers require (Login.gov: `acr_values`, `prompt`). */
  authParams: Readonly<Record<string, string>>;
  /**
   * Tests only: lets openid-client talk to a provider on plain http on the
   * loopback interface. No environment variable sets it.
   */
  insecureHttp: boolean;
}

export const DEFAULT_SCOPES = 'openid email profile';
export const DEFAULT_ROLE_CLAIM = 'groups';
export const DEFAULT_LABEL = 'Sign in with single sign-on';

/** Parameters the server sets itself on every authorization request: CIVIC_OIDC_AUTH_PARAMS may not change them. */
const OWN_PARAMS = [
  'client_id',
  'redirect_uri',
  'response_type',
  'response_mode',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  'request',
  'request_uri',
];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Reads CIVIC_OIDC_*: `null` when single sign-on is off (CIVIC_OIDC_ISSUER
 * unset). Anything wrong throws with a message naming the variable, so the
 * server refuses to start rather than fail at the first sign-in.
 */
export function loadOidcConfig(
  env: NodeJS.ProcessEnv,
  { publicUrlSet, insecureHttp = false }: { publicUrlSet: boolean; insecureHttp?: boolean },
): OidcConfig | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const issuerText = value('CIVIC_OIDC_ISSUER');
  if (!issuerText) {
    refuseStrays(env, 'CIVIC_OIDC_', 'CIVIC_OIDC_ISSUER');
    return null;
  }

  let issuer: URL;
  try {
    issuer = new URL(issuerText);
  } catch {
    throw new Error(
      `CIVIC_OIDC_ISSUER must be the provider's issuer URL, like https://sso.city.gov/realms/council, got "${issuerText}"`,
    );
  }
  if (issuer.pathname.includes('/.well-known/'))
    throw new Error(
      `CIVIC_OIDC_ISSUER is the issuer, not its discovery document: drop "${issuer.pathname.slice(issuer.pathname.indexOf('/.well-known/'))}"`,
    );
  if (issuer.search || issuer.hash || issuer.username || issuer.password)
    throw new Error('CIVIC_OIDC_ISSUER must not have a query, a fragment or credentials');
  if (issuer.protocol !== 'https:' && !(insecureHttp && issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname)))
    throw new Error(`CIVIC_OIDC_ISSUER must be an https:// URL (OpenID Connect requires TLS), got "${issuerText}"`);
  // The redirect URI registered at the provider is built on it; the Host header is never trusted for it.
  if (!publicUrlSet)
    throw new Error(
      'Single sign-on needs CIVIC_PUBLIC_URL: the provider sends people back to CIVIC_PUBLIC_URL/api/v1/admin/oidc/callback',
    );

  const clientId = value('CIVIC_OIDC_CLIENT_ID');
  if (!clientId)
    throw new Error('CIVIC_OIDC_CLIENT_ID is required with CIVIC_OIDC_ISSUER: the client id the provider gave this server');

  const scopes = (value('CIVIC_OIDC_SCOPES') ?? DEFAULT_SCOPES).split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes('openid'))
    throw new Error(`CIVIC_OIDC_SCOPES must include "openid" (got "${scopes.join(' ')}"); the default is "${DEFAULT_SCOPES}"`);

  const roleClaim = value('CIVIC_OIDC_ROLE_CLAIM') ?? DEFAULT_ROLE_CLAIM;
  if (/\s/.test(roleClaim) || roleClaim.length > 200 || roleClaim.split('.').some((part) => !part))
    throw new Error(`CIVIC_OIDC_ROLE_CLAIM must be a claim name or a dotted path like realm_access.roles, got "${roleClaim}"`);

  const mapText = value('CIVIC_OIDC_ROLE_MAP');
  if (!mapText)
    throw new Error(
      'CIVIC_OIDC_ROLE_MAP is required with CIVIC_OIDC_ISSUER: say which claim values give which role, ' +
        'e.g. civic-admins=admin,civic-editors=editor,civic-moderators=moderator,civic-analysts=analyst',
    );
  const roleMap = new Map<string, Role>();
  for (const entry of mapText.split(',').map((e) => e.trim())) {
    if (!entry) continue;
    // The last "=" separates: a claim value may itself contain one.
    const at = entry.lastIndexOf('=');
    // Addresses are compared lower-cased (as staff addresses are stored); other values exactly.
    const claimValue = roleClaim === 'email' ? entry.slice(0, at).trim().toLowerCase() : entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at < 1 || !claimValue) throw new Error(`CIVIC_OIDC_ROLE_MAP: "${entry}" is not VALUE=ROLE (e.g. civic-admins=admin)`);
    if (!isRole(role))
      throw new Error(`CIVIC_OIDC_ROLE_MAP: "${role}" in "${entry}" is not a role; roles are ${ROLES.join(', ')}`);
    const earlier = roleMap.get(claimValue);
    if (earlier && earlier !== role) throw new Error(`CIVIC_OIDC_ROLE_MAP maps "${claimValue}" to both ${earlier} and ${role}`);
    roleMap.set(claimValue, role);
  }
  if (!roleMap.size) throw new Error('CIVIC_OIDC_ROLE_MAP has no VALUE=ROLE entries');

  const label = value('CIVIC_OIDC_LABEL') ?? DEFAULT_LABEL;
  if (label.length > 80 || CONTROL.test(label))
    throw new Error('CIVIC_OIDC_LABEL must be at most 80 characters, without control characters');

  const authParams: Record<string, string> = {};
  for (const [name, param] of new URLSearchParams(value('CIVIC_OIDC_AUTH_PARAMS') ?? '')) {
    if (OWN_PARAMS.includes(name))
      throw new Error(`CIVIC_OIDC_AUTH_PARAMS may not set "${name}": the server sets it on every request`);
    authParams[name] = param;
  }

  return {
    issuer: issuer.href,
    clientId,
    clientSecret: value('CIVIC_OIDC_CLIENT_SECRET'),
    scopes,
    roleClaim,
    roleMap,
    label,
    authParams,
    insecureHttp: insecureHttp && issuer.protocol === 'http:',
  };
}
