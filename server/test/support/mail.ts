import type { ParsedMail } from 'mailparser';
import type { Dispatcher } from '../../src/notifications/dispatcher.js';
import type { SmtpSink } from './smtp-sink.js';

/**
 * Sends what the outbox holds through `dispatcher` to `sink`, for tests that drive an event and read the mail it
 * caused. `mailFrom(act)` drains first, so only what `act` queued comes back.
 */
export function mailCapture(dispatcher: Dispatcher, sink: SmtpSink) {
  async function drain(): Promise<void> {
    for (;;) {
      const report = await dispatcher.dispatchDue();
      if (report.sent + report.retried + report.dead === 0) return;
    }
  }
  /** Runs `act`, sends everything it queued, and returns the e-mails that arrived because of it. */
  async function mailFrom(act: () => Promise<unknown>): Promise<ParsedMail[]> {
    await drain();
    const before = sink.messages.length;
    await act();
    await drain();
    return sink.messages.slice(before);
  }
  return { drain, mailFrom };
}

export const mailTo = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(',') : mail.to?.text);
export const mailKind = (mail: ParsedMail) => mail.headers.get('x-handover-kind');
/** A header's value as sent (mailparser folds List-* headers into an object of its own). */
export const mailHeader = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.slice(name.length + 1).trim();
