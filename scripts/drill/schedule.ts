/**
 * The data at risk (RPO) of a backup schedule is the longest time between two runs: a failure just before a run
 * loses everything since the previous one. Standard five-field cron, as Kubernetes CronJobs use it.
 */
function field(spec: string, min: number, max: number): Set<number> {
  const values = new Set<number>();
  for (const part of spec.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    const bounds = range === '*' ? [min, max] : range!.split('-').map(Number);
    const from = bounds[0]!;
    const to = bounds[1] ?? (stepText ? max : from);
    if (!Number.isInteger(from) || !Number.isInteger(to) || !Number.isInteger(step) || step < 1 || from < min || to > max) {
      throw new Error(`cron field "${spec}" is not understood`);
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

/** Longest gap in minutes between consecutive runs of a cron schedule, found over four weeks of minutes. */
export function longestGapMinutes(schedule: string): number {
  const parts = schedule.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`"${schedule}" is not a five-field cron schedule`);
  const [minutes, hours, days, months, weekdays] = [
    field(parts[0]!, 0, 59),
    field(parts[1]!, 0, 23),
    field(parts[2]!, 1, 31),
    field(parts[3]!, 1, 12),
    field(parts[4]!.replace(/\b7\b/, '0'), 0, 6),
  ];
  const runs: number[] = [];
  const start = Date.UTC(2027, 0, 4); // a Monday; the zone does not change gaps between runs of a daily rhythm
  for (let minute = 0; minute < 28 * 24 * 60; minute += 1) {
    const t = new Date(start + minute * 60_000);
    if (
      minutes.has(t.getUTCMinutes()) &&
      hours.has(t.getUTCHours()) &&
      days.has(t.getUTCDate()) &&
      months.has(t.getUTCMonth() + 1) &&
      weekdays.has(t.getUTCDay())
    ) {
      runs.push(minute);
    }
  }
  if (runs.length < 2) throw new Error(`"${schedule}" runs less than twice in four weeks`);
  let longest = runs[0]! + 28 * 24 * 60 - runs[runs.length - 1]!; // across the window's wrap
  for (let i = 1; i < runs.length; i += 1) longest = Math.max(longest, runs[i]! - runs[i - 1]!);
  return longest;
}
