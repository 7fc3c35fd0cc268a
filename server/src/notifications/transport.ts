import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';

/** One rendered e-mail, ready for a transport. */
export type OutgoingMail = {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo?: string;
  references?: string;
  headers?: Record<string, string>;
};

export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<void>;
  /** Checks the SMTP server is reachable and accepts the credentials (start-up warns when it is not). */
  verify(): Promise<void>;
  close(): void;
}

// Codes that mean our configuration is wrong (authentication), not that this message is undeliverable:
// retrying gives an admin time to fix the credentials instead of turning every message into a dead letter.
const configurationCodes = new Set([530, 534, 535, 538]);

/** A 5xx reply about the message or its recipient: retrying cannot help, so it is a dead letter at once. */
export function isPermanentFailure(error: unknown): boolean {
  if (error instanceof PermanentMailError) return true;
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 && !configurationCodes.has(code);
}

/** Raised for messages that can never be sent as they are (an unknown kind, a payload that does not parse). */
export class PermanentMailError extends Error {
  override name = 'PermanentMailError';
}

function mailOptions(mail: OutgoingMail) {
  return { ...mail, date: new Date() };
}

/** SMTP through nodemailer, pooled: `smtp://` upgrades with STARTTLS when offered, `smtps://` is TLS from the start. */
export function smtpTransport(url: string, options: { maxConnections?: number } = {}): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true as const,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } satisfies SMTPPool.Options);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail(mailOptions(mail));
    },
    async verify() {
      await transporter.verify();
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * The embedded mailbox: each message as an RFC 822 `.eml` file under `directory`, named after its Message-ID,
 * so sending one outbox row twice rewrites the same file. Written to a temporary name and renamed, so a reader
 * never sees half a message.
 */
export function fileTransport(directory: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'file',
    async send(mail) {
      const info = await transporter.sendMail(mailOptions(mail));
      mkdirSync(directory, { recursive: true });
      const file = path.join(directory, emlFileName(mail.messageId));
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, info.message as Buffer);
      renameSync(temporary, file);
    },
    async verify() {
      mkdirSync(directory, { recursive: true });
    },
    close() {
      transporter.close();
    },
  };
}

export function emlFileName(messageId: string): string {
  return `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@-]/g, '_')}.eml`;
}

export function createMailTransport(config: { smtpUrl: string | undefined; dataDir: string }): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : fileTransport(path.join(config.dataDir, 'mail'));
}
