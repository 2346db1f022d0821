import nodemailer from 'nodemailer';
import type { Db } from '../db/schema.js';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text only: user-supplied text in a mail is never interpreted as HTML. */
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * Sends over SMTP when `CIVIC_SMTP_URL` is set; otherwise keeps every mail in
 * the `outbox` table and logs it, so a server without mail still works
 * (operators read the outbox through the admin API).
 */
export function createMailer(db: Db, log: Logger, smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(mail) {
      const sent = transport !== null;
      await db
        .insertInto('outbox')
        .values({ to_addr: mail.to, subject: mail.subject, text: mail.text, sent: sent ? 1 : 0, created_ms: Date.now() })
        .execute();
      if (transport) {
        try {
          await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        } catch (error) {
          log.error({ err: error, to: mail.to }, 'mail not sent');
        }
      } else {
        log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail kept in outbox (CIVIC_SMTP_URL not set)');
      }
    },
  };
}
