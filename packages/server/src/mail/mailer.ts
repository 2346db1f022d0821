import nodemailer from 'nodemailer';
import type { Db } from '../db/schema.js';
import { maskEmail, maskEmailsIn, storedText } from './outbox.js';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text only: user-supplied text in a mail is never interpreted as HTML. */
  text: string;
  /** A secret link written in `text` (a confirmation link): stored apart, and redacted (see outbox.ts). */
  link?: string;
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
}

/**
 * Every mail is first a row in the `outbox` table, written in the same
 * transaction as the action that caused it, so a rolled-back action sends
 * nothing. After commit it is sent over SMTP when `CIVIC_SMTP_URL` is set;
 * otherwise it stays in the outbox, for operators to read from the database
 * until its link expires (see outbox.ts). Logs and the admin API show masked
 * addresses and no links.
 */
export function createMailService(
  db: Db,
  log: Logger,
  smtpUrl: string | undefined,
  from: string,
  options: MailOptions = {},
): MailService {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;

  async function deliver(id: number, mail: Mail): Promise<void> {
    const to = maskEmail(mail.to);
    if (!transport) {
      const link = options.logLinks && mail.link ? { link: mail.link } : {};
      log.info({ to, subject: mail.subject, ...link }, 'mail kept in outbox (CIVIC_SMTP_URL not set)');
      return;
    }
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      // Sent: the outbox no longer needs the link or the address.
      await db.updateTable('outbox').set({ sent: 1, link: null, to_addr: to, redacted: 1 }).where('id', '=', id).execute();
    } catch (error) {
      // SMTP errors often quote the recipient: keep only masked addresses in the log.
      const { message, code, responseCode } = error as { message?: string; code?: string; responseCode?: number };
      log.error({ err: { message: maskEmailsIn(String(message)), code, responseCode }, to }, 'mail not sent');
    }
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
              created_ms: now().getTime(),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          afterCommit(() => void deliver(row.id, mail));
        },
      };
    },
  };
}
