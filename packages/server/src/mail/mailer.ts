import nodemailer from 'nodemailer';
import type { Db } from '../db/schema.js';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text only: user-supplied text in a mail is never interpreted as HTML. */
  text: string;
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
  /** A mailer that writes to `db`'s outbox and schedules delivery with `afterCommit`. */
  bind(db: Db, afterCommit: (effect: () => void) => void): Mailer;
}

/**
 * Every mail is first a row in the `outbox` table, written in the same
 * transaction as the action that caused it, so a rolled-back action sends
 * nothing. After commit it is sent over SMTP when `CIVIC_SMTP_URL` is set;
 * otherwise it stays in the outbox and is logged, so a server without mail
 * still works (operators read the outbox through the admin API).
 */
export function createMailService(db: Db, log: Logger, smtpUrl: string | undefined, from: string): MailService {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;

  async function deliver(id: number, mail: Mail): Promise<void> {
    if (!transport) {
      log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail kept in outbox (CIVIC_SMTP_URL not set)');
      return;
    }
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      await db.updateTable('outbox').set({ sent: 1 }).where('id', '=', id).execute();
    } catch (error) {
      log.error({ err: error, to: mail.to }, 'mail not sent');
    }
  }

  return {
    bind(trx, afterCommit) {
      return {
        async send(mail) {
          const row = await trx
            .insertInto('outbox')
            .values({ to_addr: mail.to, subject: mail.subject, text: mail.text, sent: 0, created_ms: Date.now() })
            .returning('id')
            .executeTakeFirstOrThrow();
          afterCommit(() => void deliver(row.id, mail));
        },
      };
    },
  };
}
