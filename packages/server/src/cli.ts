#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { createServer } from './server.js';
import { seed } from './seed.js';
import { recordAudit } from './domain/audit.js';
import type { Principal } from './domain/sessions.js';
import { addStaff, newSetupLink, staffEmail } from './domain/staff.js';

const HELP = `civic-widgets-server — the Civic Widgets reference server

Usage:
  civic-widgets-server start           serve the API (and /cdn/, the demo) on PORT (8787)
  civic-widgets-server migrate         bring the database schema up to date, then exit
  civic-widgets-server seed FILE       load polls, threads, petitions and services from a JSON seed file
  civic-widgets-server backup FILE     write a consistent copy of the SQLite database while it runs
  civic-widgets-server staff add --role ROLE EMAIL
                                       add a staff member (admin, editor, moderator, analyst) and print a
                                       one-time link to set a password for the console at /admin
  civic-widgets-server staff reset EMAIL
                                       print a new one-time link to set the password of EMAIL
  civic-widgets-server --help          this text

Environment:
  PORT, HOST                    where to listen (8787, 127.0.0.1)
  CIVIC_DATABASE_URL            sqlite:PATH (default ./data/civic.db) or postgres://…
  CIVIC_ADMIN_TOKEN             break-glass bearer token for /api/v1/admin (acts as an admin), 32+ characters
  CIVIC_SESSION_IDLE_MINUTES    console sessions end after this long unused (30)
  CIVIC_SESSION_MAX_HOURS       console sessions end this long after sign-in (12)
  CIVIC_ALLOWED_ORIGINS         comma-separated origins whose pages may write (vote, comment, sign, rate)
  CIVIC_SECRET                  HMAC key for stored identifiers (generated and kept if absent)
  CIVIC_SMTP_URL                smtp(s)://user:pass@host:port; without it e-mails go to the outbox table and the log
  CIVIC_MAIL_FROM               sender address of e-mails
  CIVIC_PUBLIC_URL              base URL used in e-mailed links, and the server's own origin (http://localhost:PORT)
  CIVIC_RATE_LIMIT_READS        reads per minute per client network (600)
  CIVIC_RATE_LIMIT_WRITES       writes per minute per client network and endpoint (60)
  CIVIC_RATE_LIMIT_PARTICIPANT  writes per minute per participant (30)
  CIVIC_TRUST_PROXY             "true" behind a reverse proxy that sets X-Forwarded-For
  CIVIC_STREAM_MAX_PER_NETWORK  live-update streams open at once per client network (20)
  CIVIC_STREAM_MAX_TOTAL        live-update streams open at once on the server (10000)
  CIVIC_REQUEST_TIMEOUT_SECONDS time to send a whole request, headers within 10 s (30)
  CIVIC_SEED                    "false" to skip sample content on first start
  CIVIC_LOG_LEVEL               info, debug, warn…
  CIVIC_REDIS_URL               redis://…: rate limits count there (else in PostgreSQL, shared by instances)
  CIVIC_MAIL_MAX_ATTEMPTS       tries before a mail is marked failed (8)
  CIVIC_JOB_RETRY_SECONDS       first retry of a failed job (30), doubling each time
  CIVIC_JOB_POLL_SECONDS        how often idle workers look for queued jobs (2)
Several instances may share one PostgreSQL database: see "Running several instances" in docs/operations.md.
See docs/operations.md.`;

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  if (command === 'start') {
    const server = await createServer({
      cdnDir: root('packages/elements/dist/cdn'),
      demoDir: root('demo/dist'),
      consoleDir: root('packages/admin/dist/console'),
    });
    const url = await server.listen();
    server.app.log.info({ url, database: server.connection.dialect }, `Civic Widgets server on ${url}`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      server.app.log.info({ signal }, 'shutting down');
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    return -1; // keep running
  }
  if (command === 'migrate') {
    const connection = await connect(loadConfig().databaseUrl);
    await connection.close();
    console.log('Database is up to date.');
    return 0;
  }
  if (command === 'seed') {
    if (!arg) throw new Error('seed needs a FILE');
    const server = await createServer({ seedOnFirstStart: false });
    try {
      const report = await seed(server.ctx, JSON.parse(readFileSync(arg, 'utf8')));
      console.log(
        `Created: ${report.created.join(', ') || 'nothing'}\nSkipped (already there): ${report.skipped.join(', ') || 'nothing'}`,
      );
    } finally {
      await server.close();
    }
    return 0;
  }
  if (command === 'staff') return staffCommand(argv.slice(1));
  if (command === 'backup') {
    if (!arg) throw new Error('backup needs a FILE');
    const connection = await connect(loadConfig().databaseUrl);
    try {
      await connection.backup(arg);
      console.log(`Backup written to ${arg}`);
    } finally {
      await connection.close();
    }
    return 0;
  }
  console.error(`Unknown command "${command}".\n\n${HELP}`);
  return 1;
}

/** `staff add --role ROLE EMAIL` and `staff reset EMAIL`: the first admin comes from here. */
async function staffCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const roleAt = rest.indexOf('--role');
  const role = roleAt >= 0 ? rest[roleAt + 1] : undefined;
  const email = rest.filter((_, i) => roleAt < 0 || (i !== roleAt && i !== roleAt + 1))[0];
  if ((action !== 'add' && action !== 'reset') || !email || (action === 'add' && !role)) {
    console.error(
      'Usage: civic-widgets-server staff add --role admin|editor|moderator|analyst EMAIL\n       civic-widgets-server staff reset EMAIL',
    );
    return 1;
  }
  const server = await createServer({ seedOnFirstStart: false, logLevel: 'warn' });
  try {
    const cli: Principal = { kind: 'cli', staffId: null, email: null, role: 'admin', ip: null };
    const token = await server.ctx.transact(async (tx) => {
      if (action === 'add') {
        const { staff, setupToken } = await addStaff(tx, { email, role });
        await recordAudit(tx, cli, { action: 'staff.invite', resource: { kind: 'staff', id: String(staff.id) }, after: staff });
        return setupToken;
      }
      const member = await tx.db.selectFrom('staff').select('id').where('email', '=', staffEmail(email)).executeTakeFirst();
      if (!member) throw new Error(`No staff member ${email}`);
      await recordAudit(tx, cli, { action: 'staff.setup-link', resource: { kind: 'staff', id: String(member.id) } });
      return newSetupLink(tx, member.id);
    });
    console.log(
      `${action === 'add' ? `Added ${email} as ${role}.` : `New link for ${email}.`} Open this link within 72 hours to set a password:\n${server.config.publicUrl}/admin/#setup=${token}`,
    );
  } finally {
    await server.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`[civic] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
