import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the sink accepted: when (performance.now() of this process), for whom, and which kind of e-mail. */
export type Accepted = { at: number; recipients: string[]; kind: string | undefined };

export type SmtpSink = {
  url: string;
  /** Messages accepted so far. */
  count(): number;
  /** Calls `listener` for every message accepted from now on; returns a function that stops it. */
  onAccept(listener: (message: Accepted) => void): () => void;
  close(): Promise<void>;
};

const headerLimit = 16 * 1024;

/**
 * An SMTP server that accepts everything and keeps nothing but the envelope and the X-Handover-Kind header:
 * unlike the tests' sink it parses no MIME, so that its own work stays small beside the senders it measures.
 * A message counts as accepted when its data has arrived, just before the 250 reply.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  let accepted = 0;
  const listeners = new Set<(message: Accepted) => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 50,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < headerLimit) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const at = performance.now();
        accepted += 1;
        const headers = head.slice(0, Math.max(0, head.indexOf('\r\n\r\n')) || headerLimit);
        const message: Accepted = {
          at,
          recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          kind: /^X-Handover-Kind:\s*(\S+)/im.exec(headers)?.[1],
        };
        for (const listener of listeners) listener(message);
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => accepted,
    onAccept(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
