// The app's side of the e-mail throughput benchmark, in a process of its own: the real Dispatcher (claim, render,
// send, mark) over the outbox rows run.ts queued, sending through the app's pooled smtpTransport to the sink.
// Each job is timed from starting a dispatcher to the last row marked sent.
import { pino } from 'pino';
import { createContext } from '../server/src/context.js';
import { openDatabase } from '../server/src/db/database.js';
import { createDispatcher } from '../server/src/notifications/index.js';
import { smtpTransport } from '../server/src/notifications/transport.js';
import { databaseTarget } from '../server/src/db/target.js';
import { within } from './clients.js';
import { mailConfig, mailSettings } from './mail-messages.js';

const config = mailConfig({ DATABASE_URL: process.env.BENCH_APP_DATABASE_URL, SMTP_URL: process.env.BENCH_SMTP_URL });

// The dispatcher says nothing else when a row is marked sent, so its debug line is the signal: counted here in
// pino's hook, before anything is serialised, so counting costs next to nothing. Warnings and errors still print.
let sent = 0;
let onSent = () => {};
const logger = pino(
  {
    level: 'debug',
    hooks: {
      logMethod(args, method, level) {
        if (args.at(-1) === 'e-mail sent') {
          sent += 1;
          onSent();
        } else if (level >= 40) method.apply(this, args);
      },
    },
  },
  pino.destination(2),
);
const db = await openDatabase(databaseTarget(config), logger);
const context = createContext({ config, db, logger });

async function dispatch(messages: number): Promise<{ elapsedMs: number }> {
  sent = 0;
  const allSent = new Promise<void>((resolve) => (onSent = () => sent === messages && resolve()));
  const started = performance.now();
  const transport = smtpTransport(config.mail.smtpUrl!, { maxConnections: mailSettings.maxConnections });
  const { dispatcher } = createDispatcher(context, {
    transport,
    options: { batchSize: mailSettings.batchSize, concurrency: mailSettings.concurrency, pollIntervalMs: mailSettings.pollIntervalMs },
  });
  dispatcher.start();
  // If the dispatcher's debug line were ever reworded, this fails instead of waiting for ever.
  await within(allSent, 120_000, `${sent} of ${messages} rows marked sent after 120 s (is the dispatcher still logging 'e-mail sent'?)`);
  const elapsedMs = performance.now() - started;
  await dispatcher.stop();
  transport.close();
  return { elapsedMs };
}

process.on('message', (job: { messages: number }) => void dispatch(job.messages).then((outcome) => process.send!(outcome)));
process.send!('ready');
process.once('SIGTERM', () => void db.close().then(() => process.exit(0)));
