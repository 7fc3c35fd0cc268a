import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Response as SuperagentResponse } from 'superagent';

/**
 * A supertest parser for routes that may answer with a stream that never ends (server-sent events): a stream is
 * taken as its head and closed, so the test sees its status and ends; any other answer is parsed as JSON, as usual.
 * Use with `.buffer(true).parse(headOfEventStream)`.
 */
export function headOfEventStream(response: SuperagentResponse, done: (error: Error | null, body: unknown) => void): void {
  const res = response as unknown as IncomingMessage; // what superagent hands a parser in Node
  if (String(res.headers['content-type']).startsWith('text/event-stream')) {
    res.destroy();
    done(null, {});
    return;
  }
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => {
    try {
      done(null, text ? JSON.parse(text) : {});
    } catch {
      done(null, text);
    }
  });
}

export type ReceivedEvent = { event: string; id?: string; data: unknown };

export type OpenStream = {
  status: number;
  headers: IncomingHttpHeaders;
  /** Every event received so far (comments and bare `id:` lines are not events). */
  events: ReceivedEvent[];
  /** Resolves when the server ends the stream (or it is closed). */
  ended: Promise<void>;
  /** The raw text received so far, comments included. */
  text(): string;
  /** The first event (received or to come) that `matches`; rejects after `timeoutMs`. */
  next(matches: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): Promise<void>;
};

/**
 * Opens `path` as a real HTTP client and reads the event stream as it comes: on `app` listening on a port of its
 * own (closed with the stream), or on a server already listening at a base URL.
 */
export async function openEventStream(target: Express | string, path: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  let server: Server | undefined;
  let base: URL;
  if (typeof target === 'string') base = new URL(target);
  else {
    const listening: Server = await new Promise((resolve) => {
      const started = target.listen(0, '127.0.0.1', () => resolve(started));
    });
    server = listening;
    base = new URL(`http://127.0.0.1:${(listening.address() as AddressInfo).port}`);
  }
  const res: IncomingMessage = await new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, path, headers: { Accept: 'text/event-stream', ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
  const events: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  let raw = '';
  let pending = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    raw += chunk;
    pending += chunk;
    let end: number;
    while ((end = pending.indexOf('\n\n')) >= 0) {
      const block = pending.slice(0, end);
      pending = pending.slice(end + 2);
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        if (line.startsWith(':') || !line.includes(':')) continue;
        const at = line.indexOf(':');
        fields.set(line.slice(0, at), line.slice(at + 1).replace(/^ /, ''));
      }
      if (!fields.has('data')) continue;
      events.push({ event: fields.get('event') ?? 'message', id: fields.get('id'), data: JSON.parse(fields.get('data')!) });
    }
    for (const wake of [...waiters]) wake();
  });
  const ended = new Promise<void>((resolve) => {
    res.once('end', resolve);
    res.once('close', resolve);
  });
  return {
    status: res.statusCode ?? 0,
    ended,
    headers: res.headers,
    events,
    text: () => raw,
    next(matches, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(matches);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; received: ${raw}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    async close() {
      res.destroy();
      if (!server) return;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
