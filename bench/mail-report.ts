import { percentile } from './clients.js';
import type { Delivery, mailBenchSettings } from './mail.js';

export type Throughput = { messages: number; seconds: number; messagesPerSecond: number };
type Spread = { p50Ms: number; p95Ms: number; maxMs: number };
export type MailLatency = {
  /** How the dispatcher learns of new mail: woken on commit, or polling only. */
  mode: string;
  tickets: number;
  /** Baseline: the filing round trip alone. */
  filing: Spread;
  /** From sending the filing request to the sink's acceptance of the ticket's `ticket_received`. */
  toAccept: Spread;
  /** What the e-mail adds: acceptance minus the filing round trip, ticket by ticket. */
  afterReply: Spread;
};
export type MailResults = {
  settings: typeof mailBenchSettings;
  throughput: { app: Throughput; baseline: Throughput; rounds: Record<'app' | 'baseline', Throughput[]> };
  latency: MailLatency[];
  seconds: Record<string, number>;
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const spread = (values: number[]): Spread => ({ p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: round1(Math.max(...values)) });

/** The round with the median rate (the lower middle one for an even count). */
function median(rounds: Throughput[]): Throughput {
  const sorted = [...rounds].sort((a, b) => a.messagesPerSecond - b.messagesPerSecond);
  return tidy(sorted[Math.floor((sorted.length - 1) / 2)]!);
}

const tidy = (round: Throughput): Throughput => ({
  ...round,
  seconds: Math.round(round.seconds * 100) / 100,
  messagesPerSecond: Math.round(round.messagesPerSecond),
});

export function summarise(
  settings: typeof mailBenchSettings,
  rounds: Record<'app' | 'baseline', Throughput[]>,
  latency: { mode: string; deliveries: Delivery[] }[],
  seconds: Record<string, number>,
): MailResults {
  return {
    settings,
    throughput: { app: median(rounds.app), baseline: median(rounds.baseline), rounds: { app: rounds.app.map(tidy), baseline: rounds.baseline.map(tidy) } },
    latency: latency.map(({ mode, deliveries }) => ({
      mode,
      tickets: deliveries.length,
      filing: spread(deliveries.map((d) => d.filingMs)),
      toAccept: spread(deliveries.map((d) => d.acceptMs)),
      afterReply: spread(deliveries.map((d) => d.acceptMs - d.filingMs)),
    })),
    seconds,
  };
}

/** Ratios are app/baseline: under 1 the outbox sends fewer messages a second; over 1 the e-mail takes longer. */
export function mailRatios(results: MailResults) {
  return {
    throughput: ratio(results.throughput.app.messagesPerSecond, results.throughput.baseline.messagesPerSecond),
    latency: Object.fromEntries(
      results.latency.map((l) => [l.mode, { p50: ratio(l.toAccept.p50Ms, l.filing.p50Ms), p95: ratio(l.toAccept.p95Ms, l.filing.p95Ms) }]),
    ),
  };
}

export function printMailTable(results: MailResults): void {
  const { settings: s, throughput, latency, seconds } = results;
  const r = mailRatios(results);
  const rows: [string, number | string, number | string, number | string][] = [
    [`E-mail throughput: ${s.throughput.messages} staff replies, median of ${s.throughput.rounds} rounds`, 'outbox', 'direct', 'ratio'],
    ['  messages/s', throughput.app.messagesPerSecond, throughput.baseline.messagesPerSecond, r.throughput],
    [`Filed -> ticket_received accepted: ${s.latency.tickets} tickets at ${s.latency.perSecond}/s`, 'to accept', 'filing', 'ratio'],
  ];
  for (const l of latency) {
    const ratios = r.latency[l.mode]!;
    rows.push(
      [`  ${l.mode}: p50 (ms)`, l.toAccept.p50Ms, l.filing.p50Ms, ratios.p50],
      [`  ${l.mode}: p95 (ms)`, l.toAccept.p95Ms, l.filing.p95Ms, ratios.p95],
      [`  ${l.mode}: max (ms)`, l.toAccept.maxMs, l.filing.maxMs, ''],
      [`  ${l.mode}: after reply p50/p95`, `${l.afterReply.p50Ms} / ${l.afterReply.p95Ms}`, '', ''],
    );
  }
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log('');
  for (const [label, app, base, rat] of rows) {
    console.log(`${label.padEnd(width)}  ${String(app).padStart(13)}  ${String(base).padStart(9)}  ${String(rat).padStart(7)}`);
  }
  console.log(`\ne-mail took ${seconds.total} s (throughput ${seconds.throughput}, latency ${seconds.latency})`);
}
