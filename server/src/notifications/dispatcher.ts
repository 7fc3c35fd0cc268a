import type { Logger } from '../logger.js';
import type { ClaimedMessage, OutboxRepository } from './outbox-repository.js';
import { isPermanentFailure, type MailTransport, type OutgoingMail } from './transport.js';

export type DispatcherOptions = {
  maxAttempts: number;
  batchSize: number;
  /** Parallel sends within a batch (the SMTP pool's size is the useful ceiling). */
  concurrency: number;
  pollIntervalMs: number;
  /** How long a claim lasts: a row `sending` for longer is taken to belong to a dead process and sent again. */
  leaseMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
};

export const defaultDispatcherOptions: Omit<DispatcherOptions, 'maxAttempts'> = {
  batchSize: 20,
  concurrency: 4,
  pollIntervalMs: 2_000,
  leaseMs: 5 * 60_000,
  backoffBaseMs: 30_000,
  backoffCapMs: 60 * 60_000,
};

export type DispatchReport = { sent: number; retried: number; dead: number; released: number };

export type DispatcherDeps = {
  outbox: OutboxRepository;
  transport: MailTransport;
  compose: (message: ClaimedMessage) => OutgoingMail;
  logger: Logger;
  now?: () => Date;
  random?: () => number;
  options: Partial<DispatcherOptions> & Pick<DispatcherOptions, 'maxAttempts'>;
  /**
   * Runs after the transport accepted a message and before that is recorded. Tests throw from it to play a
   * process that dies at that moment: the dispatcher then abandons its claims as a dead process would.
   */
  afterSend?: (message: ClaimedMessage) => Promise<void> | void;
};

/** Delay before attempt `attempts + 1`: doubling from the base up to the cap, then scaled by 50–100 % (jitter). */
export function backoffDelay(attempts: number, options: Pick<DispatcherOptions, 'backoffBaseMs' | 'backoffCapMs'>, random: () => number): number {
  const exponential = Math.min(options.backoffCapMs, options.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const response = (error as { response?: unknown }).response;
  return (typeof response === 'string' ? response : error.message).slice(0, 1000);
}

/**
 * Sends what the outbox holds. Every replica may run one: claims are exclusive (see OutboxRepository.claimDue).
 * Delivery is at-least-once: a process dying between the SMTP server's acceptance and the `sent` mark sends
 * the message again after the lease, with the same Message-ID, so the repeat is recognisable.
 */
export class Dispatcher {
  private readonly options: DispatcherOptions;
  private readonly now: () => Date;
  private readonly random: () => number;
  private running: Promise<unknown> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private started = false;
  /** A wake-up arrived during a run: dispatch again as soon as it ends. */
  private wokenWhileRunning = false;

  constructor(private readonly deps: DispatcherDeps) {
    this.options = { ...defaultDispatcherOptions, ...deps.options };
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
  }

  /** Claims one batch of due messages and sends them. */
  async dispatchDue(): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, retried: 0, dead: 0, released: 0 };
    const now = this.now();
    const claimed = await this.deps.outbox.claimDue(now, new Date(now.getTime() - this.options.leaseMs), this.options.batchSize);
    const queue = [...claimed];
    let crashed = false;
    const worker = async () => {
      for (let message = queue.shift(); message; message = queue.shift()) {
        if (crashed) return;
        if (this.stopping) {
          await this.deps.outbox.release(message);
          report.released += 1;
          continue;
        }
        try {
          await this.deliver(message, report);
        } catch (error) {
          crashed = true;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, claimed.length) }, worker));
    return report;
  }

  private async deliver(message: ClaimedMessage, report: DispatchReport): Promise<void> {
    const log = { outboxId: message.id, kind: message.kind, attempt: message.attempts };
    try {
      await this.deps.transport.send(this.deps.compose(message));
    } catch (error) {
      const reason = describe(error);
      if (isPermanentFailure(error) || message.attempts >= this.options.maxAttempts) {
        await this.deps.outbox.markDead(message, reason);
        report.dead += 1;
        this.deps.logger.error({ ...log, err: error }, 'e-mail is a dead letter');
      } else {
        const delay = backoffDelay(message.attempts, this.options, this.random);
        await this.deps.outbox.retryLater(message, new Date(this.now().getTime() + delay), reason);
        report.retried += 1;
        this.deps.logger.warn({ ...log, retryInMs: delay, error: reason }, 'e-mail not sent; will retry');
      }
      return;
    }
    await this.deps.afterSend?.(message);
    await this.deps.outbox.markSent(message, this.now());
    report.sent += 1;
    this.deps.logger.debug(log, 'e-mail sent');
  }

  /**
   * Dispatches now and then every poll interval (at once again after a full batch, or when woken) until stopped.
   * The poll is the safety net; wake-ups on commit (see `wake`) make sending immediate.
   */
  start(): void {
    this.started = true;
    this.tick();
  }

  /** Started, between runs, waiting for its next poll or a wake-up (what tests wait for instead of sleeping). */
  get idle(): boolean {
    return this.started && !this.stopping && this.running === undefined && this.timer !== undefined;
  }

  /** New mail was committed: dispatch now instead of at the next poll. Safe to call at any time, any number of times. */
  wake(): void {
    if (!this.started || this.stopping) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.tick();
  }

  private tick(): void {
    this.timer = undefined;
    if (this.stopping) return;
    this.wokenWhileRunning = false;
    const run = this.dispatchDue().then(
      (report) => report.sent + report.retried + report.dead >= this.options.batchSize,
      (error: unknown) => {
        this.deps.logger.error({ err: error }, 'e-mail dispatch failed');
        return false;
      },
    );
    this.running = run;
    void run.then((more) => {
      this.running = undefined;
      if (this.stopping) return;
      this.timer = setTimeout(() => this.tick(), more || this.wokenWhileRunning ? 0 : this.options.pollIntervalMs);
      this.timer.unref();
    });
  }

  /** Stops polling; a send in progress finishes and is recorded, claimed messages not yet tried are given back. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
