import nodemailer from 'nodemailer';
import type { Db } from '../db/schema.js';
import { type Job, JobQueue, PermanentJobError } from '../jobs/queue.js';
import { maskEmail, maskEmailsIn, sendableText, storedText } from './outbox.js';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text only: user-supplied text in a mail is never interpreted as HTML. */
  text: string;
  /** A secret link written in `text` (a confirmation link): stored apart, and redacted (see outbox.ts). */
  link?: string;
  /** `link` stops these mails: it is also sent as a one-click List-Unsubscribe (RFC 8058). */
  unsubscribe?: boolean;
  /** The signer-updates mailing this mail belongs to (its progress counts it). */
  mailingId?: number;
}

export interface Mailer {
  /** Records the mail in the outbox (in the caller's transaction); delivery starts after commit. */
  send(mail: Mail): Promise<void>;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface MailService {
  /** A mailer that writes to `db`'s outbox at `now()` and schedules delivery with `afterCommit`. */
  bind(db: Db, afterCommit: (effect: () => void) => void, now: () => Date): Mailer;
}

export interface MailOptions {
  /** Log the links of mails kept in the outbox (no SMTP): for development only. */
  logLinks?: boolean;
  /** Where sending is queued (with SMTP); its workers send. */
  queue?: JobQueue;
  /** Tries before a mail is marked failed (8 by default: hours of retries at the default back-off). */
  maxAttempts?: number;
}

/** The job that sends outbox row `id`. */
export const mailJobKey = (id: number) => `mail:${id}`;

/**
 * Every mail is first a row in the `outbox` table, written in the same
 * transaction as the action that caused it, so a rolled-back action sends
 * nothing. With `CIVIC_SMTP_URL` set, the same transaction queues a job that
 * sends it (see jobs/queue.ts): whichever instance's worker claims the job
 * sends the mail, retried with back-off while the SMTP server refuses, and
 * marked failed for admins in the end. Without it the mail stays in the
 * outbox, for operators to read from the database until its link expires
 * (see outbox.ts). Logs and the admin API show masked addresses and no links.
 */
export function createMailService(
  db: Db,
  log: Logger,
  smtpUrl: string | undefined,
  from: string,
  options: MailOptions = {},
): MailService {
  const transport = smtpUrl
    ? nodemailer.createTransport({
        url: smtpUrl,
        // Well inside a job's lease, so a slow server never lets a second worker send the same mail.
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      })
    : null;
  const queue = transport ? options.queue : undefined;

  /** Sends outbox row `id` (a job): at most once, and never after its link was redacted. */
  async function send(job: Job): Promise<void> {
    const { outboxId } = job.payload as { outboxId: number };
    const row = await db
      .selectFrom('outbox')
      .select(['to_addr', 'subject', 'text', 'link', 'sent', 'redacted', 'unsubscribe'])
      .where('id', '=', outboxId)
      .executeTakeFirst();
    if (!row) throw new PermanentJobError('the mail is no longer in the outbox');
    if (row.sent === 1) return;
    if (row.redacted === 1) throw new PermanentJobError('the mail expired before it could be sent');
    const to = maskEmail(row.to_addr);
    const text = sendableText(row.text, row.link);
    try {
      // One-click unsubscribe (RFC 8058): mail providers offer it, and POST to the link themselves.
      const oneClick =
        row.unsubscribe === 1 && row.link
          ? { list: { unsubscribe: { url: row.link } }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
          : {};
      await transport!.sendMail({ from, to: row.to_addr, subject: row.subject, text, ...oneClick });
    } catch (error) {
      // SMTP errors often quote the recipient: keep only masked addresses in the log and the queue.
      const { message, code, responseCode } = error as { message?: string; code?: string; responseCode?: number };
      const masked = maskEmailsIn(String(message));
      log.warn({ err: { message: masked, code, responseCode }, to, attempt: job.attempt }, 'mail not sent');
      // 5xx: the server refuses this mail for good (unknown mailbox…); anything else may pass later.
      const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode !== 552;
      const reason = `${responseCode ? `${responseCode} ` : ''}${code ? `${code}: ` : ''}${masked}`;
      throw permanent ? new PermanentJobError(reason) : new Error(reason);
    }
    // Sent: the outbox no longer needs the link or the address.
    await db.updateTable('outbox').set({ sent: 1, link: null, to_addr: to, redacted: 1 }).where('id', '=', outboxId).execute();
  }
  queue?.handle('mail', send);

  function kept(mail: Mail): void {
    const link = options.logLinks && mail.link ? { link: mail.link } : {};
    log.info({ to: maskEmail(mail.to), subject: mail.subject, ...link }, 'mail kept in outbox (CIVIC_SMTP_URL not set)');
  }

  return {
    bind(trx, afterCommit, now) {
      return {
        async send(mail) {
          const row = await trx
            .insertInto('outbox')
            .values({
              to_addr: mail.to,
              subject: mail.subject,
              text: storedText(mail.text, mail.link),
              link: mail.link ?? null,
              sent: 0,
              unsubscribe: mail.unsubscribe ? 1 : 0,
              mailing_id: mail.mailingId ?? null,
              created_ms: now().getTime(),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (queue) {
            await JobQueue.enqueue(
              trx,
              { kind: 'mail', key: mailJobKey(row.id), payload: { outboxId: row.id }, maxAttempts: options.maxAttempts },
              now().getTime(),
            );
            afterCommit(() => queue.wake());
          } else {
            afterCommit(() => kept(mail));
          }
        },
      };
    },
  };
}
