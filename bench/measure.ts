import { drive, expectStatus, httpClient, percentile, type Run } from './clients.js';
import { ticketBody } from '../server/test/support/ticket-api.js';

export type Throughput = { requests: number; seconds: number; requestsPerSecond: number; p50Ms: number; p95Ms: number };
export type Latency = { requests: number; p50Ms: number; p95Ms: number };

export const queuePath = '/api/v1/tickets?status=open&sort=priority&limit=50';

function merge(runs: Run[]): Run {
  return {
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    elapsedMs: runs.reduce((sum, run) => sum + run.elapsedMs, 0),
    latenciesMs: runs.flatMap((run) => run.latenciesMs),
  };
}

export function throughputOf(runs: Run[]): Throughput {
  const run = merge(runs);
  const seconds = run.elapsedMs / 1000;
  return {
    requests: run.requests,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round(run.requests / seconds),
    p50Ms: percentile(run.latenciesMs, 50),
    p95Ms: percentile(run.latenciesMs, 95),
  };
}

export function latencyOf(latenciesMs: number[]): Latency {
  return { requests: latenciesMs.length, p50Ms: percentile(latenciesMs, 50), p95Ms: percentile(latenciesMs, 95) };
}

/** `requests` valid submissions (each from a new requester) POSTed as JSON by `concurrency` callers. */
export async function fileTickets(baseUrl: string, bearer: string, requests: number, concurrency: number): Promise<Run> {
  const client = httpClient(baseUrl, concurrency);
  try {
    return await drive(requests, concurrency, async () => {
      const reply = await client.request('POST', '/api/v1/tickets', { headers: { authorization: bearer }, json: ticketBody() });
      expectStatus(reply, 201, 'filing a ticket');
    });
  } finally {
    client.close();
  }
}

type Page = { items: { number: string }[]; nextCursor: string | null };

/** Each iteration reads the queue's first page, then follows its cursor to the second; both are timed apart. */
export async function readQueue(baseUrl: string, bearer: string, iterations: number, concurrency: number) {
  const client = httpClient(baseUrl, concurrency);
  const firstPage: number[] = [];
  const nextPage: number[] = [];
  const timed = async (path: string, into: number[]): Promise<Page> => {
    const started = performance.now();
    const reply = await client.request('GET', path, { headers: { authorization: bearer } });
    into.push(performance.now() - started);
    expectStatus(reply, 200, `GET ${path}`);
    return JSON.parse(reply.body) as Page;
  };
  try {
    await drive(iterations, concurrency, async () => {
      const { nextCursor } = await timed(queuePath, firstPage);
      if (!nextCursor) throw new Error('the queue has a single page: load more tickets');
      await timed(`${queuePath}&cursor=${encodeURIComponent(nextCursor)}`, nextPage);
    });
  } finally {
    client.close();
  }
  return { firstPage, nextPage };
}

/** The numbers on the first two pages, to check that both servers answer the same query. */
export async function firstTwoPages(baseUrl: string, bearer: string): Promise<string[]> {
  const client = httpClient(baseUrl, 1);
  try {
    const first = JSON.parse((await client.request('GET', queuePath, { headers: { authorization: bearer } })).body) as Page;
    const second = JSON.parse(
      (await client.request('GET', `${queuePath}&cursor=${encodeURIComponent(first.nextCursor!)}`, { headers: { authorization: bearer } })).body,
    ) as Page;
    return [...first.items, ...second.items].map((item) => item.number);
  } finally {
    client.close();
  }
}
