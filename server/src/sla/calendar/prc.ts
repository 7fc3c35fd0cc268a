import { z } from 'zod';
import cn2026 from './data/cn-2026.json' with { type: 'json' };
import { CalendarOverride, CalendarSchema, defaultWeekly, PlainDate, type Calendar } from './schema.js';

/**
 * A year of the PRC's public holidays and make-up working days (调休) as the State Council's General Office
 * announces them each autumn, with where it was read. One file per year under data/; a new year is a new file, a
 * reviewed diff, and a wider coverage, never a rule that guesses.
 */
export const HolidayNotice = z.strictObject({
  country: z.literal('CN'),
  year: z.int().min(2000).max(2100),
  source: z.strictObject({
    title: z.string().min(1),
    issuer: z.string().min(1),
    issued: PlainDate,
    published: z.string().min(1),
    checked: z.string().min(1),
    rule: z.string().min(1),
  }),
  days: z.array(CalendarOverride.and(z.object({ kind: z.enum(['holiday', 'working']) }))).min(1),
}).superRefine((notice, ctx) => {
  notice.days.forEach((day, index) => {
    if (!day.date.startsWith(`${notice.year}-`)) ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: `is not in ${notice.year}` });
  });
});
export type HolidayNotice = z.infer<typeof HolidayNotice>;

export const prcNotices: readonly HolidayNotice[] = [HolidayNotice.parse(cn2026)];

/**
 * The default business calendar "中国大陆工作日 / PRC working days": Monday to Friday 09:00–18:00 Beijing time,
 * with the notices' holidays and make-up days, covering exactly the years that have a notice (which must follow
 * one another). Parsed through CalendarSchema, so the data file meets every rule a stored calendar does.
 */
export function prcWorkingDaysCalendar(notices: readonly HolidayNotice[] = prcNotices): Calendar {
  const years = notices.map((notice) => notice.year).sort((a, b) => a - b);
  if (!years.length || years.some((year, index) => index > 0 && year !== years[index - 1]! + 1)) {
    throw new RangeError(`the PRC notices must be for consecutive years, not ${years.join(', ')}`);
  }
  return CalendarSchema.parse({
    id: 'cn-workdays',
    name: '中国大陆工作日 / PRC working days',
    timeZone: 'Asia/Shanghai',
    weekly: defaultWeekly(),
    overrides: notices.flatMap((notice) => notice.days),
    coverage: { from: `${years[0]}-01-01`, until: `${years.at(-1)}-12-31` },
  });
}
