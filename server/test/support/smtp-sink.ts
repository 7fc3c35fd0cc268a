import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpSink = {
  url: string;
  /** Every message the server accepted, parsed, in arrival order. */
  messages: ParsedMail[];
  /** Stops listening (an SMTP outage); `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
};

export type SinkBehaviour = {
  /** A reply code for RCPT TO of this address (e.g. 550 for a permanent, 451 for a temporary refusal), or none to accept. */
  refuseRecipient?: (address: string) => number | undefined;
  /** Called when a message's data starts arriving; may delay accepting it (a slow server). */
  onData?: () => Promise<void>;
};

/** A real SMTP server in this process (smtp-server), whose accepted messages the test reads back (mailparser). */
export async function startSmtpSink(behaviour: SinkBehaviour = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        closeTimeout: 50,
        logger: false,
        onRcptTo(address, _session, callback) {
          const code = behaviour.refuseRecipient?.(address.address);
          if (!code) return callback();
          const error = Object.assign(new Error(`${code === 550 ? 'No such user' : 'Try again later'}: ${address.address}`), { responseCode: code });
          callback(error);
        },
        onData(stream, _session, callback) {
          Promise.all([simpleParser(stream), behaviour.onData?.()]).then(([parsed]) => {
            messages.push(parsed);
            callback();
          }, callback);
        },
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    start: listen,
  };
}
