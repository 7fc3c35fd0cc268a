import type { Logger } from '../logger.js';
import { parseLiveEvent, type LiveEvent } from './live.js';

/** One open console stream, as the feed sees it. */
export type LiveListener = {
  event(event: LiveEvent): void;
  /** Notifications may have been lost (the database connection was re-established): refetch what is shown. */
  resync(): void;
  /** This process is stopping: end the stream, so the client reconnects to another replica. */
  close(): void;
};

/** LISTEN on the live channel: `Database.listen` with the channel bound. */
export type ListenForChanges = (onNotify: (payload?: string) => void) => Promise<() => Promise<void>>;

/**
 * Fans the live channel's notifications out to this process's open console streams. It listens only while at least
 * one stream is open: on PostgreSQL a LISTEN holds a connection of its own. Every replica has its own feed and
 * hears every replica's commits; on PGlite (one process) the same LISTEN/NOTIFY works inside the process.
 */
export class LiveFeed {
  private readonly listeners = new Set<LiveListener>();
  /** While listening: the function that stops, once the LISTEN is up. */
  private unlisten: Promise<() => Promise<void>> | undefined;
  private connected = false;
  private closed = false;

  constructor(private readonly deps: { listen: ListenForChanges; logger: Logger }) {}

  /** Starts delivering to `listener`; returns the function that stops. */
  subscribe(listener: LiveListener): () => void {
    if (this.closed) {
      listener.close();
      return () => undefined;
    }
    this.listeners.add(listener);
    this.unlisten ??= this.start();
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      this.stopListening().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'stopping the live feed failed'));
    };
  }

  /** Streams open in this process. */
  get streams(): number {
    return this.listeners.size;
  }

  /** Whether this process holds a LISTEN (it does only while streams are open). */
  get listening(): boolean {
    return this.unlisten !== undefined;
  }

  /** Ends every stream and stops listening (shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    for (const listener of [...this.listeners]) this.each(listener, (l) => l.close());
    this.listeners.clear();
    await this.stopListening();
  }

  private start(): Promise<() => Promise<void>> {
    this.connected = false;
    return this.deps.listen((payload) => this.deliver(payload)).catch((error: unknown) => {
      // Streams that would never hear anything end instead: their clients fall back to polling.
      this.deps.logger.warn({ err: error }, 'cannot listen for ticket changes; consoles poll instead');
      for (const listener of [...this.listeners]) this.each(listener, (l) => l.close());
      this.unlisten = undefined;
      return async () => undefined;
    });
  }

  private async stopListening(): Promise<void> {
    const listening = this.unlisten;
    this.unlisten = undefined;
    if (listening) await (await listening)();
  }

  private deliver(payload: string | undefined): void {
    if (payload === undefined) {
      // The first (re)connection is the one the streams started with; any later one may have missed commits.
      if (this.connected) for (const listener of [...this.listeners]) this.each(listener, (l) => l.resync());
      this.connected = true;
      return;
    }
    const event = parseLiveEvent(payload);
    if (!event) return;
    for (const listener of [...this.listeners]) this.each(listener, (l) => l.event(event));
  }

  /** One stream's failure (a socket already gone) must not keep the event from the others. */
  private each(listener: LiveListener, act: (listener: LiveListener) => void): void {
    try {
      act(listener);
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'a live stream failed');
      this.listeners.delete(listener);
    }
  }
}
