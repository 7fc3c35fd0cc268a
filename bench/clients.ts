import http from 'node:http';

export type Reply = { status: number; body: string };

/** A keep-alive HTTP client with one socket per concurrent caller, so connection set-up is never measured. */
export function httpClient(baseUrl: string, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port } = new URL(baseUrl);
  return {
    request(method: string, path: string, options: { headers?: Record<string, string>; json?: unknown } = {}): Promise<Reply> {
      const payload = options.json === undefined ? undefined : JSON.stringify(options.json);
      const headers = { ...options.headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}) };
      return new Promise((resolve, reject) => {
        const req = http.request({ agent, hostname, port, method, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

export type Run = { requests: number; elapsedMs: number; latenciesMs: number[] };

/**
 * Calls `work` `total` times from `concurrency` callers that each start the next call as soon as theirs ends
 * (a closed loop). Any failure stops the run: a benchmark of error responses would measure the wrong thing.
 */
export async function drive(total: number, concurrency: number, work: (i: number) => Promise<void>): Promise<Run> {
  const latenciesMs: number[] = [];
  let next = 0;
  const caller = async () => {
    while (next < total) {
      const i = next++;
      const started = performance.now();
      await work(i);
      latenciesMs.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { requests: total, elapsedMs: performance.now() - started, latenciesMs };
}

/** Nearest-rank percentile of milliseconds, rounded to 0.1 ms. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1]! * 10) / 10;
}

export function expectStatus(reply: Reply, status: number, what: string): void {
  if (reply.status !== status) throw new Error(`${what}: expected ${status}, got ${reply.status}: ${reply.body.slice(0, 300)}`);
}

/** `promise`, or a rejection with `failure` if it has not settled within `ms`: a benchmark must fail, not hang. */
export function within<T>(promise: Promise<T>, ms: number, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
