import { resolve } from 'node:path';

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
  /** Directories served at `/` and `/cdn/` when present. */
  demoDir: string | undefined;
  cdnDir: string | undefined;
}

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
  const config: ServerConfig = {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['CIVIC_DATABASE_URL'] ?? `sqlite:${resolve('data/civic.db')}`,
    adminToken: env['CIVIC_ADMIN_TOKEN'] || undefined,
    allowedOrigins: origins,
    secret: env['CIVIC_SECRET'] || undefined,
    smtpUrl: env['CIVIC_SMTP_URL'] || undefined,
    mailFrom: env['CIVIC_MAIL_FROM'] ?? 'Civic Widgets <no-reply@localhost>',
    publicUrl: (env['CIVIC_PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    rateLimit: {
      reads: positive(env['CIVIC_RATE_LIMIT_READS'], 600, 'CIVIC_RATE_LIMIT_READS'),
      writes: positive(env['CIVIC_RATE_LIMIT_WRITES'], 60, 'CIVIC_RATE_LIMIT_WRITES'),
      participantWrites: positive(env['CIVIC_RATE_LIMIT_PARTICIPANT'], 30, 'CIVIC_RATE_LIMIT_PARTICIPANT'),
    },
    trustProxy: env['CIVIC_TRUST_PROXY'] === 'true',
    heartbeatSeconds: positive(env['CIVIC_HEARTBEAT_SECONDS'], 25, 'CIVIC_HEARTBEAT_SECONDS'),
    seedOnFirstStart: env['CIVIC_SEED'] !== 'false',
    logLevel: env['CIVIC_LOG_LEVEL'] ?? 'info',
    demoDir: undefined,
    cdnDir: undefined,
  };
  return { ...config, ...overrides };
}
