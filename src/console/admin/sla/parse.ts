// Pure parsing of what admins type or paste, into the API's shapes. No React, no @site imports: tested directly.

export type Interval = {start: string; end: string};
export type DayKind = 'holiday' | 'working' | 'hours';
export type Day = {date: string; kind: DayKind; intervals?: Interval[]; name?: {'zh-Hans'?: string; en?: string}};
export type LineProblem = 'badDateLine' | 'noSuchDate' | 'badKind' | 'badRange' | 'holidayHours' | 'hoursNeeded';
/** One pasted line: the days it gave (a range gives several), or why it was not understood. */
export type ParsedLine = {line: number; text: string; days: Day[]; problem?: LineProblem};

const kinds: Record<string, DayKind> = {
  holiday: 'holiday', 休: 'holiday', 休息: 'holiday', 放假: 'holiday', 假: 'holiday', 节假日: 'holiday',
  working: 'working', work: 'working', workday: 'working', 班: 'working', 上班: 'working', 调休: 'working', 补班: 'working',
  hours: 'hours', 时间: 'hours',
};
const interval = /^([0-2]\d:[0-5]\d)\s*[-–~]\s*([0-2]\d:[0-5]\d)$/;
const dateOrRange = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:\.\.|~|至|–)\s*(\d{4}-\d{2}-\d{2}))?(?=\s|$)/;
const hasHan = /\p{Script=Han}/u;

/** A calendar date that exists, as UTC midnight; null for 2027-02-30. */
export function dateOf(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : null;
}

/** `09:00-12:00, 13:00-18:00` as intervals; empty text is no hours; null when a part is not a period. */
export function parseIntervals(text: string): Interval[] | null {
  const parts = text.split(/[,，;；]/).map((part) => part.trim()).filter(Boolean);
  const out: Interval[] = [];
  for (const part of parts) {
    const match = part.match(interval);
    if (!match) return null;
    out.push({start: match[1]!, end: match[2]!});
  }
  return out;
}

export const formatIntervals = (intervals: Interval[]) => intervals.map((i) => `${i.start}-${i.end}`).join(', ');

/** A name as written: `元旦 / New Year's Day` gives both languages; otherwise Chinese text is zh-Hans, the rest en. */
function nameOf(text: string): Day['name'] {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const [first, second] = trimmed.split(/\s+\/\s+|\s*\|\s*/, 2).map((part) => part.trim());
  if (second) return hasHan.test(first!) || !hasHan.test(second) ? {'zh-Hans': first!, en: second} : {'zh-Hans': second, en: first!};
  return hasHan.test(trimmed) ? {'zh-Hans': trimmed} : {en: trimmed};
}

/**
 * One day or a range a line, as the State Council's notice is copied: `2027-01-01 holiday 元旦`,
 * `2027-02-06..2027-02-12 放假 春节 / Spring Festival`, `2027-02-20 上班 春节调休`, `2027-12-24 hours 平安夜 09:00-12:00`.
 * Blank lines and lines starting with # are skipped. Whether a date is given twice is the server's rule, not checked here.
 */
export function parseDayLines(text: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parsed: ParsedLine = {line: index + 1, text: line, days: []};
    out.push(parsed);
    const head = line.match(dateOrRange);
    if (!head) return void (parsed.problem = 'badDateLine');
    const first = dateOf(head[1]!);
    const last = head[2] ? dateOf(head[2]) : first;
    if (!first || !last) return void (parsed.problem = 'noSuchDate');
    const span = (last.getTime() - first.getTime()) / 86_400_000;
    if (span < 0 || span > 30) return void (parsed.problem = 'badRange');
    const words = line.slice(head[0].length).trim().split(/\s+/).filter(Boolean);
    const kind = kinds[(words.shift() ?? '').toLowerCase()];
    if (!kind) return void (parsed.problem = 'badKind');
    const periods = words.filter((word) => interval.test(word));
    const intervals = parseIntervals(periods.join(','))!;
    const name = nameOf(words.filter((word) => !interval.test(word)).join(' '));
    if (kind === 'holiday' && intervals.length) return void (parsed.problem = 'holidayHours');
    if (kind === 'hours' && !intervals.length) return void (parsed.problem = 'hoursNeeded');
    for (let at = first.getTime(); at <= last.getTime(); at += 86_400_000) {
      parsed.days.push({date: new Date(at).toISOString().slice(0, 10), kind, ...(intervals.length ? {intervals} : {}), ...(name ? {name} : {})});
    }
  });
  return out;
}

/** The pasted line that sent `days.N`, for putting the server's refusal of that day on its line. */
export function lineOfDay(lines: ParsedLine[], index: number): ParsedLine | undefined {
  let seen = 0;
  for (const line of lines) {
    seen += line.days.length;
    if (index < seen) return line;
  }
  return undefined;
}
