import { z } from 'zod';
import { parsePlainDate } from './plain-date.js';

/**
 * Why a calendar was refused, as a stable `params.reason` on the zod issue (next to its path), so a route can
 * map it to a field error and a client can switch on it. Messages may be reworded; reasons may not.
 */
export const calendarRefusals = {
  invertedInterval: 'inverted_interval',
  overlappingIntervals: 'overlapping_intervals',
  unknownTimeZone: 'unknown_time_zone',
  invalidDate: 'invalid_date',
  duplicateDate: 'duplicate_date',
  outsideCoverage: 'outside_coverage',
  coverageInverted: 'coverage_inverted',
  holidayWithHours: 'holiday_with_hours',
  hoursWithoutIntervals: 'hours_without_intervals',
  noUsualHours: 'no_usual_hours',
} as const;
export type CalendarRefusal = (typeof calendarRefusals)[keyof typeof calendarRefusals];

const refuse = (ctx: z.RefinementCtx, reason: CalendarRefusal, path: PropertyKey[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message, params: { reason } });

/** Wall-clock time in the calendar's zone. `24:00` is the end of the day, so an interval may run to midnight. */
const timeOfDay = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const TimeOfDay = z
  .string()
  .regex(timeOfDay, 'must be a time HH:MM between 00:00 and 24:00')
  .meta({ example: '09:00' });

export const WorkingInterval = z
  .strictObject({ start: TimeOfDay, end: TimeOfDay })
  .superRefine((interval, ctx) => {
    // zod runs this even when a time is malformed; that time has its own issue already.
    const wellFormed = timeOfDay.test(interval.start) && timeOfDay.test(interval.end);
    if (wellFormed && interval.end <= interval.start) refuse(ctx, calendarRefusals.invertedInterval, ['end'], 'must be later than start');
  })
  .meta({ description: 'Working time from `start` (inclusive) to `end` (exclusive), wall-clock time in the calendar’s zone.', descriptionZh: '从 `start`（含）到 `end`（不含）的工作时间，按日历时区的当地时间。' });
export type WorkingInterval = z.infer<typeof WorkingInterval>;

/** A day's working hours, in any order; they may touch (12:00–13:00, 13:00–18:00) but not overlap. */
const WorkingHours = z.array(WorkingInterval).max(12).superRefine((intervals, ctx) => {
  const order = intervals.map((interval, index) => ({ ...interval, index })).sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < order.length; i++) {
    const [before, after] = [order[i - 1]!, order[i]!];
    if (after.start < before.end) {
      refuse(ctx, calendarRefusals.overlappingIntervals, [after.index], `overlaps ${before.start}–${before.end}`);
    }
  }
});

/** An ISO calendar date (`YYYY-MM-DD`) that exists: no 2026-02-30. */
export const PlainDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && parsePlainDate(value) === null) refuse(ctx, calendarRefusals.invalidDate, [], 'is not a date of the calendar');
  })
  .meta({ example: '2026-10-01' });

/** Only IANA names (`Asia/Shanghai`, `UTC`): a fixed offset would silently ignore daylight saving time. */
export const TimeZone = z
  .string()
  .superRefine((value, ctx) => {
    if (!isIanaTimeZone(value)) refuse(ctx, calendarRefusals.unknownTimeZone, [], 'is not a known IANA time zone');
  })
  .meta({ example: 'Asia/Shanghai' });

export function isIanaTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const Text = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const OverrideKinds = ['holiday', 'working', 'hours'] as const;

export const CalendarOverride = z
  .strictObject({
    date: PlainDate,
    kind: z.enum(OverrideKinds).meta({
      description:
        '`holiday`: no working time; `working`: a make-up working day (调休) with `intervals` or the usual working-day hours; `hours`: changed hours that day.', descriptionZh: '`holiday`：没有工作时间；`working`：调休工作日，使用 `intervals` 或平常工作日的时间；`hours`：当天调整了工作时间。',
    }),
    intervals: WorkingHours.optional(),
    name: z.strictObject({ 'zh-Hans': Text.optional(), en: Text.optional() }).optional().meta({ example: { 'zh-Hans': '国庆节', en: 'National Day' } }),
  })
  .superRefine((override, ctx) => {
    if (override.kind === 'holiday' && override.intervals?.length) {
      refuse(ctx, calendarRefusals.holidayWithHours, ['intervals'], 'a holiday has no working hours');
    }
    if (override.kind === 'hours' && !override.intervals?.length) {
      refuse(ctx, calendarRefusals.hoursWithoutIntervals, ['intervals'], 'give the hours of that day (a day without any is a holiday)');
    }
  });
export type CalendarOverride = z.infer<typeof CalendarOverride>;

export const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof weekdays)[number];

const officeHours = (): WorkingInterval[] => [{ start: '09:00', end: '18:00' }];
export const defaultWeekly = (): Record<Weekday, WorkingInterval[]> => ({ 1: officeHours(), 2: officeHours(), 3: officeHours(), 4: officeHours(), 5: officeHours(), 6: [], 7: [] });

/** A weekday left out has no working hours; the whole schedule left out is Monday to Friday, 09:00–18:00. */
const Weekly = z
  .strictObject(Object.fromEntries(weekdays.map((day) => [day, WorkingHours.default([])])) as Record<Weekday, z.ZodDefault<typeof WorkingHours>>)
  .meta({ description: 'Working hours per ISO weekday: `1` is Monday, `7` Sunday.', descriptionZh: '每个 ISO 星期几的工作时间：`1` 为星期一，`7` 为星期日。' });

export const Coverage = z
  .strictObject({ from: PlainDate, until: PlainDate })
  .superRefine((coverage, ctx) => {
    const known = parsePlainDate(coverage.from) !== null && parsePlainDate(coverage.until) !== null;
    if (known && coverage.until < coverage.from) refuse(ctx, calendarRefusals.coverageInverted, ['until'], 'must not be before from');
  })
  .meta({ description: 'The days (inclusive) whose holidays are known. Computing on a day outside them is an error, never a guess.', descriptionZh: '已知节假日的日期范围（含首尾）。对范围之外的日期计算会报错，绝不猜测。' });
export type Coverage = z.infer<typeof Coverage>;

export const CalendarSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes, at most 64'),
    name: Text,
    timeZone: TimeZone.default('Asia/Shanghai'),
    weekly: Weekly.default(defaultWeekly),
    overrides: z.array(CalendarOverride).max(1000).default([]),
    coverage: Coverage,
  })
  .superRefine((calendar, ctx) => {
    const seen = new Map<string, number>();
    const hasUsualHours = weekdays.some((day) => calendar.weekly[day].length > 0);
    const coverageKnown = parsePlainDate(calendar.coverage.from) !== null && parsePlainDate(calendar.coverage.until) !== null;
    calendar.overrides.forEach((override, index) => {
      const first = seen.get(override.date);
      if (first !== undefined) {
        refuse(ctx, calendarRefusals.duplicateDate, ['overrides', index, 'date'], `already given at overrides.${first}: one day has one kind`);
      } else seen.set(override.date, index);
      if (coverageKnown && parsePlainDate(override.date) !== null && (override.date < calendar.coverage.from || override.date > calendar.coverage.until)) {
        refuse(ctx, calendarRefusals.outsideCoverage, ['overrides', index, 'date'], `is outside coverage ${calendar.coverage.from}…${calendar.coverage.until}`);
      }
      if (override.kind === 'working' && !override.intervals?.length && !hasUsualHours) {
        refuse(ctx, calendarRefusals.noUsualHours, ['overrides', index, 'intervals'], 'the weekly schedule has no hours to use: give them here');
      }
    });
  });
/** A calendar as stored and edited: input may leave out defaults; a parsed one has them all. */
export type Calendar = z.infer<typeof CalendarSchema>;
export type CalendarInput = z.input<typeof CalendarSchema>;
