import type { AppContext } from '../context.js';
import { composeMail } from './compose.js';
import { Dispatcher, type DispatcherDeps, type DispatcherOptions } from './dispatcher.js';
import { mailDomain } from './outbox.js';
import { OutboxRepository } from './outbox-repository.js';
import { createMailTransport, type MailTransport } from './transport.js';

export { enqueue, mailDomain, type NewNotification } from './outbox.js';

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
 * Starts sending e-mail in the background. An unreachable SMTP server is a warning, not a reason to refuse to
 * start: messages wait in the outbox until it answers. The returned function lets a send in progress finish.
 */
export function startNotifications(context: AppContext): () => Promise<void> {
  const { dispatcher, transport } = createDispatcher(context);
  transport.verify().then(
    () => context.logger.info({ transport: transport.kind }, 'e-mail transport ready'),
    (error: unknown) => context.logger.warn({ err: error, transport: transport.kind }, 'e-mail transport unreachable; messages wait in the outbox'),
  );
  dispatcher.start();
  return async () => {
    await dispatcher.stop();
    transport.close();
  };
}
