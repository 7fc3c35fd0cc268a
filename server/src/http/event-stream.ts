import type { Request, Response } from 'express';

/** One server-sent event. `id` becomes the client's Last-Event-ID when it reconnects; `data` is sent as JSON. */
export type ServerSentEvent = { event: string; id?: string; data: unknown };

export type EventStream = {
  send(event: ServerSentEvent): void;
  /** Ends the stream; a browser's EventSource reconnects after the retry delay (elsewhere, if this process stops). */
  end(): void;
  /** Runs once, however the stream ends: the client went away, `end` was called, or the client fell too far behind. */
  onClose(listener: () => void): void;
};

export type EventStreamOptions = {
  /** A comment this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs: number;
  /** How long a browser waits before reconnecting (the `retry` field). */
  retryMs: number;
  /** Sent with each heartbeat as `id`, so a reconnecting client's Last-Event-ID stays recent even when nothing happens. */
  heartbeatId?: () => string;
  /** A client that has not read this many bytes is dropped (it reconnects and catches up) rather than buffered for. */
  maxBufferedBytes?: number;
};

/**
 * Turns an answer into a text/event-stream that stays open. The head goes out at once (the client, and a test,
 * know the stream is open before any event); nothing is cached (`no-store`) or buffered by a proxy on the way.
 */
export function openEventStream(req: Request, res: Response, options: EventStreamOptions): EventStream {
  const maxBuffered = options.maxBufferedBytes ?? 1_000_000;
  const closeListeners: (() => void)[] = [];
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const listener of closeListeners.splice(0)) listener();
  };
  const write = (text: string) => {
    if (closed) return;
    res.write(text);
    if (res.writableLength > maxBuffered) end();
  };
  const end = () => {
    if (!closed) res.end();
    close();
  };

  res.status(200);
  res.set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no', // nginx and ingress-nginx would otherwise hold events back
  });
  res.flushHeaders();
  req.socket.setNoDelay(true);
  write(`retry: ${options.retryMs}\n: stream open\n\n`);
  heartbeat = setInterval(() => {
    write(options.heartbeatId ? `: heartbeat\nid: ${options.heartbeatId()}\n\n` : ': heartbeat\n\n');
  }, options.heartbeatMs);
  heartbeat.unref();
  res.on('close', close);

  return {
    send(event) {
      // JSON never holds a raw line break, so the data is always one `data:` line.
      write(`event: ${event.event}\n${event.id ? `id: ${event.id}\n` : ''}data: ${JSON.stringify(event.data)}\n\n`);
    },
    end,
    onClose(listener) {
      if (closed) listener();
      else closeListeners.push(listener);
    },
  };
}
