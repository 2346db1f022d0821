import { resolve } from 'node:path';
import { type IdentityConfig, loadIdentityConfig } from './auth/identity-config.js';
import { type OidcConfig, loadOidcConfig } from './auth/oidc-config.js';
import { type ChallengeRules, DEFAULT_CHALLENGE_RULES } from './security/challenge.js';
import { type CaptchaConfig, loadCaptchaConfig } from './security/captcha.js';

/** Everything the server reads from the environment, with defaults. See docs/operations.md. */
export interface ServerConfig {
  port: number;
  host: string;
  /** `sqlite:PATH` or `postgres://…` */
  databaseUrl: string;
  /** Bearer token for /api/v1/admin; the admin API is off without it. */
  adminToken: string | undefined;
  /** Origins allowed to call the public API from a browser. Empty: only the server's own origin may write. */
  allowedOrigins: string[];
  /** HMAC key for stored identifiers; generated and kept in the database when absent. */
  secret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Base URL for links in e-mails. */
  publicUrl: string;
  /** Requests per minute: reads and writes per (truncated) client address, writes per participant. */
  rateLimit: { reads: number; writes: number; participantWrites: number };
  trustProxy: boolean;
  /** Seconds between SSE heartbeats. */
  heartbeatSeconds: number;
  /** Seed sample content when the database is empty. */
  seedOnFirstStart: boolean;
  logLevel: string;
  /** Petition signing: how long confirmation links work, and how many confirmation mails a mailbox gets. */
  signing: SigningRules;
  /** Unsent mails keep their link and address this long, then are redacted; sent ones are redacted at once. */
  outboxRetentionMs: number;
  /** How long participants' identifiers are kept once their poll or petition has closed (see domain/retention.ts). */
  retention: RetentionRules;
  /** Log the links of mails kept in the outbox (no SMTP). On by default only without CIVIC_PUBLIC_URL (local use). */
  logMailLinks: boolean;
  /**
   * Commenters may ask for e-mails about replies: where mail reaches them (SMTP, or links in the log
   * locally) unless CIVIC_REPLY_MAIL is `off`.
   */
  replyMail: boolean;
  /** Named, with its colour and a link home, on confirmation pages and in mails. */
  agency: Agency;
  /** Directories served at `/` and `/cdn/` when present. */
  demoDir: string | undefined;
  cdnDir: string | undefined;
  /** The staff console's built files, served at `/admin/` when present. */
  consoleDir: string | undefined;
  /**
   * Whether pages on localhost, 127.0.0.1 and [::1] at the listening port are the server's own
   * (may write). True only when CIVIC_PUBLIC_URL is not set, so that `npm start` works at either name.
   */
  acceptLoopbackOrigins: boolean;
  /** Live streams (SSE) open at once per client network, and on the whole server. */
  streamMaxPerNetwork: number;
  streamMaxTotal: number;
  /** Seconds a client has to send a whole request (headers within at most 10 of them). */
  requestTimeoutSeconds: number;
  /** Console sessions end after this long unused, and this long after sign-in whatever happens. */
  session: { idleMs: number; maxMs: number };
  /** Single sign-on to the console (CIVIC_OIDC_*); `null` when off. */
  oidc: OidcConfig | null;
  /** When writes need a proof-of-work challenge (CIVIC_CHALLENGE_*; see security/challenge.ts). */
  challenge: ChallengeRules;
  /** A captcha service instead of the built-in proof of work (CIVIC_CHALLENGE_PROVIDER; see security/captcha.ts). */
  captcha: CaptchaConfig | null;
  /** Verified participants (CIVIC_IDENTITY_*); `null` when off. */
  identity: IdentityConfig | null;
  /** Rate limits count in this Redis when set (else in PostgreSQL when the database is, else in memory). */
  redisUrl: string | undefined;
  /** The job queue (mail): how often idle workers look, the first retry's wait, and tries per mail. */
  jobs: { pollMs: number; retryBaseMs: number; mailAttempts: number };
  /**
   * Tests only: single sign-on may use a provider on plain http at a loopback
   * address. No environment variable sets it.
   */
  oidcInsecureHttp: boolean;
}

/** Shortest admin token accepted: a shorter one refuses to start (see loadConfig). */
export const ADMIN_TOKEN_MIN_LENGTH = 32;

export interface SigningRules {
  /** A confirmation link works this long after the signature was made. */
  linkTtlMs: number;
  /** At least this long between two confirmation mails about one petition to one mailbox. */
  mailIntervalMs: number;
  /** At most this many confirmation mails a day to one mailbox. */
  mailsPerDay: number;
  /** Signer updates (milestones, response, closing) written to the outbox per minute, at most. */
  updatesPerMinute: number;
  /** Signer updates go out only between these UTC hours (`from` inclusive, `to` exclusive, may wrap midnight); null: any time. */
  updatesHours: { from: number; to: number } | null;
}

export interface RetentionRules {
  /** Signers' addresses (and their keyed hashes) are removed this long after their petition closed. */
  signerEmailMs: number;
  /** Voters' participant hashes are removed this long after their poll closed (polls that allow no change of vote). */
  voterMs: number;
  /** Addresses given for e-mails about replies are removed this long after the last comment posted with them. */
  replyEmailMs: number;
}

export interface Agency {
  name: string;
  /** A CSS hex colour (validated). */
  color: string;
  /** Home page; `null` for none. */
  url: string | null;
}

const DAY_MS = 86_400_000;
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const port = positive(env['PORT'], 8787, 'PORT');
  const origins = (env['CIVIC_ALLOWED_ORIGINS'] ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new Error(`CIVIC_ALLOWED_ORIGINS: "${origin}" is not an origin like https://www.example.gov`);
  }
  const publicUrl = (env['CIVIC_PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const linkDays = positive(env['CIVIC_CONFIRM_LINK_DAYS'], 7, 'CIVIC_CONFIRM_LINK_DAYS');
  const agencyColor = env['CIVIC_AGENCY_COLOR'] || '#1d4ed8';
  if (!HEX_COLOUR.test(agencyColor))
    throw new Error(`CIVIC_AGENCY_COLOR must be a CSS hex colour like #0b5394, got "${agencyColor}"`);
  const agencyUrl = env['CIVIC_AGENCY_URL'] || origins[0] || null;
  if (agencyUrl !== null && !/^https?:\/\/[^\s]+$/.test(agencyUrl))
    throw new Error(`CIVIC_AGENCY_URL must be an http(s) URL like https://www.city.gov/, got "${agencyUrl}"`);
  const config: ServerConfig = {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['CIVIC_DATABASE_URL'] ?? `sqlite:${resolve('data/civic.db')}`,
    adminToken: env['CIVIC_ADMIN_TOKEN'] || undefined,
    allowedOrigins: origins,
    secret: env['CIVIC_SECRET'] || undefined,
    smtpUrl: env['CIVIC_SMTP_URL'] || undefined,
    mailFrom: env['CIVIC_MAIL_FROM'] ?? 'Civic Widgets <no-reply@localhost>',
    publicUrl,
    rateLimit: {
      reads: positive(env['CIVIC_RATE_LIMIT_READS'], 600, 'CIVIC_RATE_LIMIT_READS'),
      writes: positive(env['CIVIC_RATE_LIMIT_WRITES'], 60, 'CIVIC_RATE_LIMIT_WRITES'),
      participantWrites: positive(env['CIVIC_RATE_LIMIT_PARTICIPANT'], 30, 'CIVIC_RATE_LIMIT_PARTICIPANT'),
    },
    trustProxy: env['CIVIC_TRUST_PROXY'] === 'true',
    heartbeatSeconds: positive(env['CIVIC_HEARTBEAT_SECONDS'], 25, 'CIVIC_HEARTBEAT_SECONDS'),
    seedOnFirstStart: env['CIVIC_SEED'] !== 'false',
    logLevel: env['CIVIC_LOG_LEVEL'] ?? 'info',
    signing: {
      linkTtlMs: linkDays * DAY_MS,
      mailIntervalMs: positive(env['CIVIC_MAIL_INTERVAL_MINUTES'], 10, 'CIVIC_MAIL_INTERVAL_MINUTES') * 60_000,
      mailsPerDay: positive(env['CIVIC_MAIL_PER_DAY'], 5, 'CIVIC_MAIL_PER_DAY'),
      updatesPerMinute: positive(env['CIVIC_UPDATES_PER_MINUTE'], 600, 'CIVIC_UPDATES_PER_MINUTE'),
      updatesHours: hours(env['CIVIC_UPDATES_HOURS']),
    },
    outboxRetentionMs: positive(env['CIVIC_OUTBOX_RETENTION_DAYS'], linkDays, 'CIVIC_OUTBOX_RETENTION_DAYS') * DAY_MS,
    retention: {
      signerEmailMs: positive(env['CIVIC_RETAIN_SIGNER_EMAIL_DAYS'], 90, 'CIVIC_RETAIN_SIGNER_EMAIL_DAYS') * DAY_MS,
      voterMs: positive(env['CIVIC_RETAIN_VOTER_DAYS'], 30, 'CIVIC_RETAIN_VOTER_DAYS') * DAY_MS,
      replyEmailMs: positive(env['CIVIC_RETAIN_REPLY_EMAIL_DAYS'], 180, 'CIVIC_RETAIN_REPLY_EMAIL_DAYS') * DAY_MS,
    },
    // Links in the log are for local use, where they point at localhost anyway.
    logMailLinks: env['CIVIC_LOG_MAIL_LINKS']
      ? env['CIVIC_LOG_MAIL_LINKS'] === 'true'
      : !env['CIVIC_PUBLIC_URL'] && overrides.publicUrl === undefined,
    agency: {
      name: env['CIVIC_AGENCY_NAME']?.trim() || new URL(agencyUrl ?? publicUrl).host,
      color: agencyColor,
      url: agencyUrl,
    },
    demoDir: undefined,
    cdnDir: undefined,
    consoleDir: undefined,
    acceptLoopbackOrigins: !env['CIVIC_PUBLIC_URL'] && overrides.publicUrl === undefined,
    streamMaxPerNetwork: positive(env['CIVIC_STREAM_MAX_PER_NETWORK'], 20, 'CIVIC_STREAM_MAX_PER_NETWORK'),
    streamMaxTotal: positive(env['CIVIC_STREAM_MAX_TOTAL'], 10_000, 'CIVIC_STREAM_MAX_TOTAL'),
    requestTimeoutSeconds: positive(env['CIVIC_REQUEST_TIMEOUT_SECONDS'], 30, 'CIVIC_REQUEST_TIMEOUT_SECONDS'),
    session: {
      idleMs: positive(env['CIVIC_SESSION_IDLE_MINUTES'], 30, 'CIVIC_SESSION_IDLE_MINUTES') * 60_000,
      maxMs: positive(env['CIVIC_SESSION_MAX_HOURS'], 12, 'CIVIC_SESSION_MAX_HOURS') * 3_600_000,
    },
    oidc: loadOidcConfig(env, {
      publicUrlSet: Boolean(env['CIVIC_PUBLIC_URL']) || overrides.publicUrl !== undefined,
      insecureHttp: overrides.oidcInsecureHttp === true,
    }),
    oidcInsecureHttp: false,
    identity: loadIdentityConfig(env, publicUrl),
    challenge: {
      ...DEFAULT_CHALLENGE_RULES,
      threshold:
        env['CIVIC_CHALLENGE_THRESHOLD'] === 'off'
          ? Infinity
          : env['CIVIC_CHALLENGE_THRESHOLD'] === '0'
            ? 0
            : positive(env['CIVIC_CHALLENGE_THRESHOLD'], DEFAULT_CHALLENGE_RULES.threshold, 'CIVIC_CHALLENGE_THRESHOLD'),
      step: positive(env['CIVIC_CHALLENGE_STEP'], DEFAULT_CHALLENGE_RULES.step, 'CIVIC_CHALLENGE_STEP'),
    },
    captcha: loadCaptchaConfig(env),
    redisUrl: env['CIVIC_REDIS_URL'] || undefined,
    jobs: {
      pollMs: positive(env['CIVIC_JOB_POLL_SECONDS'], 2, 'CIVIC_JOB_POLL_SECONDS') * 1000,
      retryBaseMs: positive(env['CIVIC_JOB_RETRY_SECONDS'], 30, 'CIVIC_JOB_RETRY_SECONDS') * 1000,
      mailAttempts: Math.round(positive(env['CIVIC_MAIL_MAX_ATTEMPTS'], 8, 'CIVIC_MAIL_MAX_ATTEMPTS')),
    },
    replyMail: false,
  };
  const merged = { ...config, ...overrides };
  const replyMail = env['CIVIC_REPLY_MAIL']?.trim() ?? '';
  if (!['', 'on', 'off'].includes(replyMail)) throw new Error(`CIVIC_REPLY_MAIL must be "on" or "off", not "${replyMail}"`);
  // Offered where mail reaches people: through SMTP, or locally through the links in the log.
  merged.replyMail =
    overrides.replyMail ?? (replyMail === 'on' || (replyMail === '' && (Boolean(merged.smtpUrl) || merged.logMailLinks)));
  // A short token can be guessed; refuse to start rather than run with one.
  if (merged.adminToken !== undefined && merged.adminToken.length < ADMIN_TOKEN_MIN_LENGTH) {
    throw new Error(
      `CIVIC_ADMIN_TOKEN must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters long (it has ${merged.adminToken.length}); ` +
        'generate one with `openssl rand -base64 32`, or leave it unset to turn the admin API off',
    );
  }
  return merged;
}

/** `22-6` → 22:00 to 06:00 UTC; unset: any time. */
function hours(value: string | undefined): { from: number; to: number } | null {
  if (value === undefined || value.trim() === '') return null;
  const match = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(value);
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  if (!match || from > 23 || to > 24 || from === to)
    throw new Error(`CIVIC_UPDATES_HOURS must be two UTC hours, e.g. 22-6 (from 22:00 to 06:00), not "${value}"`);
  return { from, to };
}
