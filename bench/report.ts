import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Latency, Throughput } from './measure.js';

type Pages = { firstPage: Latency; nextPage: Latency };
export type Results = {
  at: string;
  machine: { node: string; postgres: string; cpus: number; loadAverageAtStart: number };
  settings: unknown;
  filing: { app: Throughput; baseline: Throughput };
  queue: { app: Pages; baseline: Pages };
  seconds: Record<string, number>;
};

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Ratios are app/baseline: under 1 the app files fewer tickets a second; over 1 its pages take longer. */
export function ratiosOf(results: Results) {
  const { filing, queue } = results;
  return {
    filingThroughput: ratio(filing.app.requestsPerSecond, filing.baseline.requestsPerSecond),
    firstPageP50: ratio(queue.app.firstPage.p50Ms, queue.baseline.firstPage.p50Ms),
    firstPageP95: ratio(queue.app.firstPage.p95Ms, queue.baseline.firstPage.p95Ms),
    nextPageP50: ratio(queue.app.nextPage.p50Ms, queue.baseline.nextPage.p50Ms),
    nextPageP95: ratio(queue.app.nextPage.p95Ms, queue.baseline.nextPage.p95Ms),
  };
}

export function printTable(results: Results): void {
  const { filing, queue, settings, seconds } = results;
  const r = ratiosOf(results);
  const s = settings as { filing: { concurrency: number; requests: number }; queue: { tickets: number; concurrency: number; iterations: number } };
  const rows: [string, number | string, number | string, number | string][] = [
    [`Filing (POST /tickets): ${s.filing.concurrency} clients, ${s.filing.requests} requests`, '', '', ''],
    ['  throughput (requests/s)', filing.app.requestsPerSecond, filing.baseline.requestsPerSecond, r.filingThroughput],
    ['  latency p50 (ms)', filing.app.p50Ms, filing.baseline.p50Ms, ratio(filing.app.p50Ms, filing.baseline.p50Ms)],
    ['  latency p95 (ms)', filing.app.p95Ms, filing.baseline.p95Ms, ratio(filing.app.p95Ms, filing.baseline.p95Ms)],
    [`Queue (open, by priority, 50 a page): ${s.queue.tickets} tickets, ${s.queue.concurrency} clients`, '', '', ''],
    ['  first page p50 (ms)', queue.app.firstPage.p50Ms, queue.baseline.firstPage.p50Ms, r.firstPageP50],
    ['  first page p95 (ms)', queue.app.firstPage.p95Ms, queue.baseline.firstPage.p95Ms, r.firstPageP95],
    ['  next page (cursor) p50 (ms)', queue.app.nextPage.p50Ms, queue.baseline.nextPage.p50Ms, r.nextPageP50],
    ['  next page (cursor) p95 (ms)', queue.app.nextPage.p95Ms, queue.baseline.nextPage.p95Ms, r.nextPageP95],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log('');
  console.log(`${''.padEnd(width)}  ${'app'.padStart(9)}  ${'baseline'.padStart(9)}  ${'app/base'.padStart(9)}`);
  for (const [label, app, base, rat] of rows) {
    console.log(`${label.padEnd(width)}  ${String(app).padStart(9)}  ${String(base).padStart(9)}  ${String(rat).padStart(9)}`);
  }
  console.log(`\ntook ${seconds.total} s (setup ${seconds.setup}, filing ${seconds.filing}, loading ${seconds.load}, queue ${seconds.queue})`);
}

/** bench/results/<name>, overwritten by every run. */
export function writeResults(name: string, content: object): string {
  const dir = fileURLToPath(new URL('results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${name}`;
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
