import type { AppContext } from '../context.js';
import { composeMail } from './compose.js';
import { Dispatcher, type DispatcherDeps, type DispatcherOptions } from './dispatcher.js';
import { mailDomain, outboxChannel } from './outbox.js';
import { OutboxRepository } from './outbox-repository.js';
import { createMailTransport, type MailTransport } from './transport.js';

export { mailDomain, type NewNotification } from './outbox.js';
export { enqueue } from './outbox-repository.js';

/** A dispatcher for this installation's outbox, sending through `transport` (by default the configured one). */
export function createDispatcher(
  context: AppContext,
  overrides: { transport?: MailTransport; options?: Partial<DispatcherOptions>; afterSend?: DispatcherDeps['afterSend'] } = {},
): { dispatcher: Dispatcher; transport: MailTransport } {
  const { mail, publicUrl, dataDir } = context.config;
  const transport = overrides.transport ?? createMailTransport({ smtpUrl: mail.smtpUrl, dataDir });
  const compose = { from: mail.from, replyTo: mail.replyTo, domain: mailDomain(publicUrl) };
  const dispatcher = new Dispatcher({
    outbox: new OutboxRepository(context.prisma),
    transport,
    compose: (message) => composeMail(message, compose),
    logger: context.logger,
    now: context.now,
    options: { maxAttempts: mail.maxAttempts, ...overrides.options },
    afterSend: overrides.afterSend,
  });
  return { dispatcher, transport };
}

/**
 * Starts sending e-mail in the background: at once when a commit queues some, and at each poll. An unreachable SMTP server is a warning, not a reason to refuse to
 * start: messages wait in the outbox until it answers. The returned function lets a send in progress finish.
 */
export function startNotifications(
  context: AppContext,
  tuning: { options?: Partial<DispatcherOptions>; wakeOnCommit?: boolean } = {},
): () => Promise<void> {
  const { dispatcher, transport } = createDispatcher(context, { options: tuning.options });
  transport.verify().then(
    () => context.logger.info({ transport: transport.kind }, 'e-mail transport ready'),
    (error: unknown) => context.logger.warn({ err: error, transport: transport.kind }, 'e-mail transport unreachable; messages wait in the outbox'),
  );
  dispatcher.start();
  // Every commit that queues mail NOTIFYs; the dispatcher of each replica wakes and sends at once.
  const listening =
    tuning.wakeOnCommit === false
      ? Promise.resolve(async () => undefined)
      : context.db.listen(outboxChannel, () => dispatcher.wake()).catch((error: unknown) => {
          context.logger.warn({ err: error }, 'cannot listen for new e-mail; sending at each poll instead');
          return async () => undefined;
        });
  return async () => {
    await (await listening)();
    await dispatcher.stop();
    transport.close();
  };
}
