import { reportCsv } from '../shared/csv.js';

export type SlaTarget = 'first_response' | 'resolution';
export type SlaDimension = 'priority' | 'category' | 'agent';

/** One clock of one ticket in the period: its business time used and how it ended (or that it still runs). */
export type ClockOutcome = {
  priority: string;
  category: string;
  /** The assignee's name, or null when nobody holds the ticket. */
  agent: string | null;
  target: SlaTarget;
  usedMs: number;
  state: 'met' | 'breached' | 'open';
};

export type ComplianceRow = {
  dimension: SlaDimension;
  /** The priority, category or agent; `null` for tickets without an assignee. */
  value: string | null;
  target: SlaTarget;
  met: number;
  breached: number;
  open: number;
  /** met / (met + breached); null when none ended. */
  compliance: number | null;
  /** Median and 90th percentile of the business hours used by the clocks that ended. */
  medianHours: number | null;
  p90Hours: number | null;
};

/**
 * SLA compliance per priority, category or agent and per target: how many clocks met or missed their target, how
 * many still run, and the business hours used (median and 90th percentile, nearest rank) by those that ended.
 */
export function complianceBy(outcomes: readonly ClockOutcome[], dimension: SlaDimension): ComplianceRow[] {
  const groups = new Map<string, { value: string | null; target: SlaTarget; items: ClockOutcome[] }>();
  for (const outcome of outcomes) {
    const value = outcome[dimension];
    const key = JSON.stringify([value, outcome.target]);
    const group = groups.get(key) ?? { value, target: outcome.target, items: [] };
    group.items.push(outcome);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ value, target, items }) => {
      const ended = items.filter((item) => item.state !== 'open').map((item) => item.usedMs / 3_600_000).sort((a, b) => a - b);
      const met = items.filter((item) => item.state === 'met').length;
      const breached = items.filter((item) => item.state === 'breached').length;
      return {
        dimension,
        value,
        target,
        met,
        breached,
        open: items.length - met - breached,
        compliance: met + breached > 0 ? met / (met + breached) : null,
        medianHours: nearestRank(ended, 0.5),
        p90Hours: nearestRank(ended, 0.9),
      };
    })
    .sort((a, b) => (a.value ?? '\uffff').localeCompare(b.value ?? '\uffff') || a.target.localeCompare(b.target));
}

/** The nearest-rank percentile of sorted values, rounded to hundredths of an hour. */
function nearestRank(sorted: readonly number[], share: number): number | null {
  if (sorted.length === 0) return null;
  const value = sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
  return Math.round(value * 100) / 100;
}

/** Column headings of the CSV export, in the reader's language. */
const headings = {
  'zh-Hans': ['维度', '值', '目标', '达标', '超时', '进行中', '达标率', '中位数（工作小时）', '90 分位（工作小时）'],
  en: ['dimension', 'value', 'target', 'met', 'breached', 'open', 'compliance', 'median business hours', 'p90 business hours'],
} as const;

/** The report as CSV (shared/csv.ts: RFC 4180, formula cells defused, a BOM for the Chinese file). */
export function complianceCsv(rows: readonly ComplianceRow[], locale: keyof typeof headings): string {
  return reportCsv(
    rows.map((row) => [row.dimension, row.value ?? '', row.target, row.met, row.breached, row.open, row.compliance ?? '', row.medianHours ?? '', row.p90Hours ?? '']),
    headings[locale],
    locale,
  );
}
