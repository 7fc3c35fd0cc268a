import type { Registry } from 'prom-client';
import { ProblemError } from '../http/errors.js';
import { formatTicketNumber } from '../tickets/number.js';
import type { CatalogueItem } from './curriculum.js';
import type { TrainingRepository } from './repository.js';

/** What the server reads to check an exercise against the running instance. */
export type CheckContext = {
  repository: TrainingRepository;
  /** This process's metrics registry: what GET /metrics shows. */
  metrics?: Registry;
};

export type Evidence = Record<string, string | number | boolean>;
export type CheckResult = { evidence: Evidence };

type Trainee = { email: string; invitedAt: Date };

const notMet = (detail: string, field?: string) =>
  new ProblemError('check_not_met', { detail, ...(field ? { errors: [{ field, code: 'not_met', message: detail }] } : {}) });

/** The share of 5xx answers among this process's requests to the ticket routes, as /metrics counts them. */
export async function ticketServerErrorRatio(metrics: Registry): Promise<{ ratio: number; requests: number }> {
  const metric = await metrics.getSingleMetric('http_request_duration_seconds')?.get();
  let requests = 0;
  let errors = 0;
  for (const value of metric?.values ?? []) {
    if (!String((value as { metricName?: string }).metricName).endsWith('_count')) continue;
    const route = String(value.labels.route ?? '');
    if (!route.startsWith('/api/v1/tickets')) continue;
    requests += value.value;
    if (String(value.labels.status_code ?? '').startsWith('5')) errors += value.value;
  }
  return { ratio: requests === 0 ? 0 : errors / requests, requests };
}

/** `0.02`, `2%`, `2 %`, `0,02`: the ratio a trainee typed, or null. */
export function parseRatio(answer: string): number | null {
  const text = answer.trim().replace(',', '.');
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]) / (match[2] ? 100 : 1);
  return value <= 1 ? value : null;
}

/**
 * The lines `npm run drill` prints when it passes (scripts/drill/run.ts): the restore, the server on the copy,
 * the measured RTO, and `drill: passed`. A pasted report without them is not a passed drill.
 */
export function readDrillReport(report: string): { rtoSeconds: number; tickets: number } | null {
  if (!/^drill: passed\s*$/m.test(report) || /^drill: FAILED/m.test(report)) return null;
  const rto = /^drill: RTO measured: .* = ([\d.]+) s for (\d+) tickets/m.exec(report);
  if (!rto || !/^drill: server on the restored copy: \/ready /m.test(report)) return null;
  return { rtoSeconds: Number(rto[1]), tickets: Number(rto[2]) };
}

/** Runs an exercise's automatic check; throws `check_not_met` (with the field at fault) when it is not done yet. */
export async function runCheck(check: CatalogueItem['check'], trainee: Trainee, input: { answer?: string; report?: string }, context: CheckContext): Promise<CheckResult> {
  switch (check.type) {
    case 'ticket': {
      const ticket = await context.repository.ticketFiledBy(trainee.email, trainee.invitedAt, { priority: check.priority, attachment: check.attachment });
      if (!ticket) {
        const what = [check.priority, check.attachment ? 'with an attachment' : ''].filter(Boolean).join(' ');
        throw notMet(`No ticket${what ? ` (${what})` : ''} filed from ${trainee.email} since you were invited was found. File it through the portal with this address, then check again.`);
      }
      return { evidence: { ticket: formatTicketNumber(ticket.number), priority: ticket.priority } };
    }
    case 'saved-reply-pending': {
      const ticket = await context.repository.pendingReplyBy(trainee.email, trainee.invitedAt);
      if (!ticket) throw notMet(`No public reply that set a ticket to pending was found from a staff account with the address ${trainee.email}.`);
      return { evidence: { ticket: formatTicketNumber(ticket.number) } };
    }
    case 'metrics-answer': {
      if (!input.answer) throw notMet('Type the ratio you read from /metrics.', 'answer');
      const given = parseRatio(input.answer);
      if (given === null) throw notMet('Write the ratio as a number between 0 and 1 (e.g. 0.02) or as a percentage (e.g. 2%).', 'answer');
      if (!context.metrics) throw notMet('This server does not expose metrics to check against.', 'answer');
      const { ratio, requests } = await ticketServerErrorRatio(context.metrics);
      // /metrics is per process and moves while you read it: half a percentage point (or a tenth of the value) is close enough.
      if (Math.abs(given - ratio) > Math.max(0.005, ratio * 0.1)) {
        throw notMet('That is not what this server counts. Sum the _count series of http_request_duration_seconds for the /api/v1/tickets routes, and divide the 5xx ones by all of them.', 'answer');
      }
      return { evidence: { answer: input.answer, ratio: Number(ratio.toFixed(4)), requests } };
    }
    case 'drill-report': {
      if (!input.report) throw notMet('Paste what `npm run drill` printed.', 'report');
      const read = readDrillReport(input.report);
      if (!read) throw notMet('This is not the output of a drill that passed: it must end with "drill: passed" and show the RTO measured.', 'report');
      return { evidence: { rtoSeconds: read.rtoSeconds, tickets: read.tickets } };
    }
    case 'manual':
    case 'quiz':
      return { evidence: {} };
  }
}
