import { z } from 'zod';
import { TicketPrioritySchema } from '../tickets/schemas.js';
import { CalendarOverride, CalendarSchema } from './calendar/index.js';
import { PlainDate } from './calendar/schema.js';

const Timestamp = z.iso.datetime();

export const CalendarParams = z.object({ id: CalendarSchema.shape.id });
export const PolicyParams = z.object({ priority: TicketPrioritySchema });

/** A calendar to create or to replace as a whole (PUT keeps the id of its path; one in the body must match it). */
export const CalendarBody = CalendarSchema;
export type CalendarBody = z.infer<typeof CalendarBody>;

/** The version an edit was based on: given, and the row changed since, the edit is refused with 409 version_conflict. */
export const VersionRead = z
  .int()
  .min(1)
  .optional()
  .meta({ description: 'The version last read. Given, and it changed since, nothing is saved and the answer is 409 `version_conflict`; left out, the save applies over whatever changed meanwhile.', descriptionZh: '最近一次读取时的版本号。给出时，如果此后已被修改，则不保存任何内容并返回 409 `version_conflict`；省略时，保存会覆盖期间的任何修改。' });

/** PUT: the whole calendar, with the version it was read at (a calendar replaced from a stale copy would drop days added meanwhile). */
export const CalendarReplaceBody = z.intersection(CalendarSchema, z.object({ version: VersionRead }));

/** Next year's holidays and make-up days, as the notice publishes them, with the coverage they extend to. */
export const CalendarDaysBody = z.strictObject({
  days: z.array(CalendarOverride).min(1).max(400).meta({ description: 'Days to add; a date the calendar already has is replaced.', descriptionZh: '要添加的日期；日历中已有的日期会被替换。' }),
  coverageUntil: PlainDate.optional().meta({ description: 'The new last covered day, e.g. `2027-12-31`; left out, coverage stays as it is.', descriptionZh: '新的覆盖最后一天，例如 `2027-12-31`；省略时覆盖范围不变。' }),
});
export type CalendarDaysBody = z.infer<typeof CalendarDaysBody>;

const Coverage = z.object({
  from: z.string().nullable(),
  until: z.string().nullable(),
  ends: Timestamp.nullable().meta({ description: 'Midnight after the last covered day in the calendar’s zone; null for the 7×24 calendar.', descriptionZh: '日历时区中覆盖的最后一天之后的午夜；7×24 日历为 null。' }),
  daysLeft: z.int().nullable().meta({ description: 'Whole days until then; negative once it has passed.', descriptionZh: '距那时的整天数；过后为负数。' }),
  warn: z.boolean().meta({ description: 'Coverage ends within 60 days or has ended: load the next year’s holidays.', descriptionZh: '覆盖范围将在 60 天内结束或已经结束：请录入下一年的节假日。' }),
});

export const CalendarView = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  weekly: CalendarSchema.shape.weekly,
  overrides: z.array(CalendarOverride),
  coverage: Coverage,
  builtIn: z.boolean().meta({ description: 'The 7×24 calendar: always working time, read-only.', descriptionZh: '7×24 日历：始终为工作时间，只读。' }),
  version: z.int(),
  updatedAt: Timestamp,
});
export type CalendarView = z.infer<typeof CalendarView>;
export const CalendarList = z.object({ items: z.array(CalendarView) });

export const CalendarSaved = CalendarView.extend({
  recomputed: z.int().meta({ description: 'Open SLA clocks whose due times were computed again under the change.', descriptionZh: '因这次修改而重新计算到期时间的进行中 SLA 计时数。' }),
});
export type CalendarSaved = z.infer<typeof CalendarSaved>;

/** Targets in business minutes of the calendar: at least one, at most a year of minutes. */
const Target = z.int().min(1, 'must be at least 1 minute').max(525_600, 'must be at most 525,600 minutes (a year)');

export const PolicyBody = z.strictObject({
  firstResponseMinutes: Target,
  resolutionMinutes: Target,
  calendarId: CalendarSchema.shape.id,
  warnShare: z.number().gt(0, 'must be more than 0').lt(1, 'must be less than 1').default(0.8),
  version: z
    .int()
    .min(1)
    .optional()
    .meta({ description: 'The version last read. Given, and the policy changed since, nothing is saved and the answer is 409 `version_conflict`; left out, the save applies whatever changed meanwhile.', descriptionZh: '最近一次读取时的版本号。给出时，如果此后策略已被修改，则不保存任何内容并返回 409 `version_conflict`；省略时，保存会覆盖期间的任何修改。' }),
});
export type PolicyBody = z.infer<typeof PolicyBody>;

export const PolicyView = z.object({
  priority: TicketPrioritySchema,
  firstResponseMinutes: z.int(),
  resolutionMinutes: z.int(),
  calendarId: z.string(),
  warnShare: z.number(),
  version: z.int(),
  updatedAt: Timestamp,
});
export type PolicyView = z.infer<typeof PolicyView>;
export const PolicyList = z.object({ items: z.array(PolicyView) });
export const PolicySaved = PolicyView.extend({ recomputed: z.int() });
export type PolicySaved = z.infer<typeof PolicySaved>;

export const SlaStateSchema = z.enum(['on_track', 'at_risk', 'breached', 'met', 'paused']);

const Interval = z.object({ start: Timestamp, end: Timestamp });

export const ClockView = z.object({
  kind: z.enum(['first_response', 'resolution']),
  state: SlaStateSchema,
  priority: TicketPrioritySchema.meta({ description: 'The priority of the policy it is measured against.', descriptionZh: '所依据的策略的优先级。' }),
  targetMinutes: z.int(),
  usedMs: z.int().meta({ description: 'Business milliseconds used up to now.', descriptionZh: '到目前为止已用的工作毫秒数。' }),
  startedAt: Timestamp,
  dueAt: Timestamp.nullable(),
  atRiskAt: Timestamp.nullable(),
  pausedAt: Timestamp.nullable(),
  stoppedAt: Timestamp.nullable(),
  metAt: Timestamp.nullable(),
  breachedAt: Timestamp.nullable(),
  warnedAt: Timestamp.nullable(),
  breachNotifiedAt: Timestamp.nullable(),
  attention: z.string().nullable().meta({ description: '`calendar_not_covered`: the calendar has no holidays for a day the due time needs, so none is given.', descriptionZh: '`calendar_not_covered`：计算到期时间需要的某一天，日历中没有节假日数据，因此不给出到期时间。' }),
  computation: z.object({
    calendar: z.object({ id: z.string(), name: z.string(), timeZone: z.string().nullable() }),
    bankedMs: z.int().meta({ description: 'Business time used before the clock last started running.', descriptionZh: '计时最近一次开始运行之前已用的工作时间。' }),
    runningSince: Timestamp.nullable(),
    remainingMs: z.int().meta({ description: 'The target less the banked time: what the intervals below add up to.', descriptionZh: '目标时限减去已用时间：即下面各时段的总和。' }),
    intervals: z.array(Interval).meta({ description: 'The working intervals from `runningSince` to `dueAt` that the remaining time is counted over (at most 100).', descriptionZh: '从 `runningSince` 到 `dueAt`、用来计算剩余时间的工作时段（最多 100 个）。' }),
  }),
});
export type ClockView = z.infer<typeof ClockView>;

export const TicketSla = z.object({ number: z.string(), clocks: z.array(ClockView) });
export type TicketSla = z.infer<typeof TicketSla>;
