import type { BusinessCalendar } from '../sla/calendar/index.js';
import type { CatalogueItem, Curriculum, Track } from './curriculum.js';
import type { CompletionRow } from './repository.js';
import { workingDaysLate } from './schedule.js';
import type { ItemStateView, WeekProgress } from './schemas.js';

/** Done means done: read, checked, passed or signed off. Waiting for the lead's sign-off is not done yet. */
export const isDone = (row: Pick<CompletionRow, 'status'> | undefined) => row?.status === 'done' || row?.status === 'signed_off';

export function itemState(item: CatalogueItem | undefined, row: CompletionRow): ItemStateView {
  return {
    itemId: row.itemId,
    status: row.status,
    completedAt: row.completedAt.toISOString(),
    // An item gone from the curriculum counts as changed: what was completed is no longer asked for as it was.
    changed: item ? item.hash !== row.contentHash : true,
    score: row.score,
    evidence: (row.evidence as Record<string, unknown> | null) ?? null,
    signedOffBy: row.signedOffBy?.name ?? null,
  };
}

export type ProgressSummary = {
  items: ItemStateView[];
  weeks: WeekProgress[];
  done: number;
  required: number;
  awaitingSignOff: number;
  changed: number;
  overdue: number;
  complete: boolean;
  /** When the last required item was done (or signed off); null while something is missing. */
  completedAt: Date | null;
  missing: CatalogueItem[];
};

/** One trainee's progress over their track's items, with the weeks' due times on the cohort's calendar. */
export function summarise(input: {
  curriculum: Curriculum;
  track: Track;
  completions: CompletionRow[];
  dueAt: (Date | null)[];
  calendar: BusinessCalendar | null;
  timeZone: string;
  now: Date;
}): ProgressSummary {
  const { curriculum, track, dueAt, now } = input;
  const byItem = new Map(input.completions.map((row) => [row.itemId, row]));
  const items = input.completions.map((row) => itemState(curriculum.item(row.itemId), row));
  const required = curriculum.requiredFor(track);
  const missing = required.filter((item) => !isDone(byItem.get(item.id)));
  const weeks = curriculum.weeks().map((week, index): WeekProgress => {
    const mine = week.items.filter((item) => item.required && item.tracks.includes(track));
    const done = mine.filter((item) => isDone(byItem.get(item.id))).length;
    const due = dueAt[index] ?? null;
    const overdue = due && due < now ? mine.length - done : 0;
    const quizzes = week.items.filter((item) => item.kind === 'quiz' && item.tracks.includes(track));
    const scores = quizzes.map((quiz) => byItem.get(quiz.id)?.score).filter((score): score is number => typeof score === 'number');
    return {
      week: week.week,
      required: mine.length,
      done,
      dueAt: due?.toISOString() ?? null,
      overdue,
      overdueWorkingDays: overdue > 0 && due && input.calendar ? workingDaysLate(input.calendar, due, now, input.timeZone) : 0,
      quizScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });
  const doneRows = required.map((item) => byItem.get(item.id)).filter(isDone) as CompletionRow[];
  const lastDone = doneRows.reduce<Date | null>((latest, row) => {
    const at = row.signedOffAt ?? row.completedAt;
    return !latest || at > latest ? at : latest;
  }, null);
  return {
    items,
    weeks,
    done: required.length - missing.length,
    required: required.length,
    awaitingSignOff: input.completions.filter((row) => row.status === 'awaiting_sign_off').length,
    changed: items.filter((item) => item.changed).length,
    overdue: weeks.reduce((sum, week) => sum + week.overdue, 0),
    complete: missing.length === 0 && required.length > 0,
    completedAt: missing.length === 0 ? lastDone : null,
    missing,
  };
}
