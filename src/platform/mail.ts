import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends a message: over SMTP when configured, else into the outbox admins can read. */
  send(message: MailMessage): Promise<void>;
}

/** Builds the mailer: SMTP through nodemailer, or the outbox table (also logged) when SMTP_URL is unset. */
export function createMailer(db: Kysely<Database>, smtpUrl: string | null, log: Logger): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(message) {
      const now = new Date().toISOString();
      if (transport) {
        await transport.sendMail({ from: 'cocity <no-reply@cocity.local>', ...message });
        log.info({ to: message.to, subject: message.subject }, 'mail sent');
        return;
      }
      await db
        .insertInto('outbox')
        .values({ id: randomUUID(), to_address: message.to, subject: message.subject, text_body: message.text, created_at: now, sent_at: null })
        .execute();
      log.info({ to: message.to, subject: message.subject, body: message.text }, 'mail stored in outbox');
    },
  };
}
