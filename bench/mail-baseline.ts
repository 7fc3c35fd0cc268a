// The least that sending the same e-mail takes: the letters rendered beforehand, sent straight through nodemailer's
// pooled SMTP transport (the app's pool size and parallelism) to the same sink. No database, no claim, no mark.
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { composeMail } from '../server/src/notifications/compose.js';
import { mailDomain, outboxMessageId } from '../server/src/notifications/outbox.js';
import { drive } from './clients.js';
import { mailConfig, mailSettings, staffReplies } from './mail-messages.js';

const config = mailConfig({});
const compose = { from: config.mail.from, domain: mailDomain(config.publicUrl) };
const ticketId = process.env.BENCH_TICKET_ID!;

async function send(messages: number): Promise<{ elapsedMs: number }> {
  // Rendered before the clock starts: rendering is part of what the outbox costs, so the baseline does not pay it.
  const letters = staffReplies(messages, ticketId).map((message) => {
    const id = randomUUID();
    const claimed = { ...message, ticketId: message.ticketId ?? null, id, attempts: 1, messageId: outboxMessageId(id, compose.domain), createdAt: new Date() };
    return composeMail(claimed, compose);
  });
  const started = performance.now();
  const transporter = nodemailer.createTransport({ url: process.env.BENCH_SMTP_URL!, pool: true, maxConnections: mailSettings.maxConnections });
  await drive(messages, mailSettings.concurrency, async (i) => {
    await transporter.sendMail({ ...letters[i]!, date: new Date() }); // as smtpTransport does
  });
  const elapsedMs = performance.now() - started;
  transporter.close();
  return { elapsedMs };
}

process.on('message', (job: { messages: number }) => void send(job.messages).then((outcome) => process.send!(outcome)));
process.send!('ready');
process.once('SIGTERM', () => process.exit(0));
