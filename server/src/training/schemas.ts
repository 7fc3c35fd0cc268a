import { z } from 'zod';
import { PlainDate } from '../sla/calendar/schema.js';
import { Email } from '../tickets/schemas.js';
import { tracks } from './curriculum.js';

const Timestamp = z.iso.datetime();
const Locale = z.enum(['zh-Hans', 'en']);
const Track = z.enum(tracks).meta({ description: '`developer`, `operator` or `business`: which exercises of each week the trainee does.', descriptionZh: '`developer`（开发）、`operator`（运维）或 `business`（业务）：决定学员做每周的哪些练习。' });
const Name = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');
const Version = z.int().min(1).meta({ description: 'The version last read; a stale one is refused with 409 `version_conflict`.', descriptionZh: '最近一次读取时的版本；过时的版本以 409 `version_conflict` 拒绝。' });

export const CohortParams = z.object({ id: z.uuid() });
export const TraineeParams = z.object({ id: z.uuid() });
export const TraineeItemParams = z.object({ id: z.uuid(), itemId: z.string().min(1).max(80) });
export const ItemParams = z.object({ itemId: z.string().min(1).max(80) });
export const QuizParams = z.object({ quizId: z.string().min(1).max(80) });

export const CohortBody = z.strictObject({
  name: Name,
  startsOn: PlainDate.meta({ description: 'The first day of week 1, e.g. `2027-03-01`.', descriptionZh: '第 1 周的第一天，例如 `2027-03-01`。' }),
  leadId: z.uuid().nullable().default(null).meta({ description: 'The staff member who leads the cohort; null for none.', descriptionZh: '负责本期的员工；为 null 表示没有。' }),
  calendarId: z.string().min(1).default('cn-workdays').meta({ description: 'The working-day calendar (an SLA calendar id) deadlines are counted on.', descriptionZh: '计算截止时间所用的工作日历（一个 SLA 日历的 ID）。' }),
});
export type CohortBody = z.infer<typeof CohortBody>;

export const CohortPatch = z.strictObject({
  version: Version,
  name: Name.optional(),
  startsOn: PlainDate.optional(),
  leadId: z.uuid().nullable().optional(),
  calendarId: z.string().min(1).optional(),
});
export type CohortPatch = z.infer<typeof CohortPatch>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const CohortView = z.object({
  id: z.uuid(),
  name: z.string(),
  startsOn: z.string(),
  lead: Person.nullable(),
  calendarId: z.string(),
  trainees: z.int().meta({ description: 'Trainees in the cohort, removed ones not counted.', descriptionZh: '本期的学员人数，不计已移出的学员。' }),
  version: z.int(),
  createdAt: Timestamp,
});
export type CohortView = z.infer<typeof CohortView>;
export const CohortList = z.object({ items: z.array(CohortView) });

export const InviteBody = z.strictObject({
  email: Email,
  name: Name,
  track: Track,
  locale: Locale.default('zh-Hans'),
});
export type InviteBody = z.infer<typeof InviteBody>;

export const TraineePatch = z.strictObject({
  version: Version,
  name: Name.optional(),
  track: Track.optional(),
  removed: z.boolean().optional().meta({ description: 'true removes the trainee from the cohort (sessions end, progress kept); false brings them back.', descriptionZh: 'true 把学员移出本期（会话立即结束，学习记录保留）；false 恢复。' }),
});
export type TraineePatch = z.infer<typeof TraineePatch>;

export const TraineeView = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  email: z.string(),
  name: z.string(),
  track: Track,
  locale: Locale,
  invitedAt: Timestamp,
  joinedAt: Timestamp.nullable(),
  removedAt: Timestamp.nullable(),
  version: z.int(),
});
export type TraineeView = z.infer<typeof TraineeView>;

export const SignInLinkBody = z.strictObject({ email: Email, locale: Locale.optional() });
export const SessionBody = z.strictObject({ token: z.string().min(10).max(200).meta({ description: 'The token from the sign-in link’s `#token=` fragment.', descriptionZh: '登录链接 `#token=` 片段中的令牌。' }) });

export const ItemStateView = z.object({
  itemId: z.string(),
  status: z.enum(['done', 'awaiting_sign_off', 'signed_off']),
  completedAt: Timestamp,
  changed: z.boolean().meta({ description: 'The item’s content changed since it was completed.', descriptionZh: '条目的内容在完成之后有修改。' }),
  score: z.number().nullable().meta({ description: 'Quizzes: the best score, 0 to 1.', descriptionZh: '测验：最好的得分，0 到 1。' }),
  evidence: z.record(z.string(), z.unknown()).nullable(),
  signedOffBy: z.string().nullable(),
});
export type ItemStateView = z.infer<typeof ItemStateView>;

export const WeekProgress = z.object({
  week: z.int(),
  required: z.int(),
  done: z.int().meta({ description: 'Required items done (awaiting sign-off counts as not yet done).', descriptionZh: '已完成的必做条目数（等待确认的不算完成）。' }),
  dueAt: Timestamp.nullable().meta({ description: 'End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it.', descriptionZh: '本周最后一个工作日在本期日历上的下班时间；日历未覆盖时为 null。' }),
  overdue: z.int().meta({ description: 'Required items not done after the due time.', descriptionZh: '截止时间已过仍未完成的必做条目数。' }),
  overdueWorkingDays: z.int().meta({ description: 'Working days since the due time, when anything is overdue.', descriptionZh: '有条目逾期时，截止时间之后已过的工作日数。' }),
  quizScore: z.number().nullable(),
});
export type WeekProgress = z.infer<typeof WeekProgress>;

const Bilingual = z.object({ 'zh-Hans': z.string(), en: z.string() });

/** The weeks and items of one track, as the progress pages list them (quiz answers left out). */
export const TrackOutline = z.array(
  z.object({
    week: z.int(),
    docId: z.string().meta({ description: 'The week’s page, e.g. `training/week-4` (under /docs/).', descriptionZh: '本周课程页面，例如 `training/week-4`（位于 /docs/ 下）。' }),
    title: Bilingual,
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['reading', 'exercise', 'quiz']),
        title: Bilingual,
        minutes: z.int(),
        required: z.boolean(),
        check: z.enum(['manual', 'ticket', 'saved-reply-pending', 'metrics-answer', 'drill-report', 'quiz']),
        signOff: z.boolean().meta({ description: 'The lead signs it off after the trainee checks it off.', descriptionZh: '学员勾选后由培训负责人确认。' }),
      }),
    ),
  }),
);
export type TrackOutline = z.infer<typeof TrackOutline>;

export const MyTraining = z.object({
  trainee: z.object({ id: z.uuid(), name: z.string(), email: z.string(), track: Track, locale: Locale }),
  cohort: z.object({ name: z.string(), startsOn: z.string(), lead: z.string().nullable(), calendarAttention: z.string().nullable() }),
  csrfToken: z.string(),
  items: z.array(ItemStateView),
  weeks: z.array(WeekProgress),
  outline: TrackOutline,
  complete: z.boolean().meta({ description: 'Every required item of the track is done (or signed off).', descriptionZh: '本方向的全部必做条目都已完成（或已确认）。' }),
});
export type MyTraining = z.infer<typeof MyTraining>;

export const CompletionBody = z.strictObject({
  answer: z.string().trim().max(40).optional().meta({ description: 'metrics-answer items: the value read, e.g. `0.02` or `2%`.', descriptionZh: 'metrics-answer 类条目：读出的数值，例如 `0.02` 或 `2%`。' }),
  report: z.string().max(20_000).optional().meta({ description: 'drill-report items: the output of `npm run drill`, pasted as printed.', descriptionZh: 'drill-report 类条目：`npm run drill` 的输出，按原样粘贴。' }),
});
export type CompletionBody = z.infer<typeof CompletionBody>;

export const QuizBody = z.strictObject({
  answers: z.record(z.string().max(80), z.string().max(80)).meta({ description: 'Question id → chosen answer id.', descriptionZh: '题目 ID → 所选答案 ID。' }),
});
export type QuizBody = z.infer<typeof QuizBody>;

export const QuizResult = z.object({
  quizId: z.string(),
  correct: z.int(),
  total: z.int(),
  score: z.number(),
  passMark: z.number(),
  passed: z.boolean(),
  questions: z.array(z.object({ id: z.string(), chosen: z.string().nullable(), correct: z.string(), right: z.boolean() })),
  state: ItemStateView.nullable().meta({ description: 'The quiz’s progress after this attempt: null until it is passed.', descriptionZh: '本次提交后测验的进度；通过之前为 null。' }),
});
export type QuizResult = z.infer<typeof QuizResult>;

export const Certificate = z.object({
  eligible: z.boolean(),
  name: z.string(),
  track: Track,
  cohort: z.string(),
  completedAt: Timestamp.nullable().meta({ description: 'When the last required item was done; null while not eligible.', descriptionZh: '最后一个必做条目完成的时间；尚不满足条件时为 null。' }),
  items: z.int(),
  missing: z.array(z.object({ itemId: z.string(), week: z.int(), title: z.string() })),
  certificateId: z.string().nullable().meta({ description: 'A stable reference printed on the certificate.', descriptionZh: '印在证书上的固定编号。' }),
});
export type Certificate = z.infer<typeof Certificate>;

export const DashboardRow = z.object({
  trainee: TraineeView,
  weeks: z.array(WeekProgress),
  done: z.int(),
  required: z.int(),
  awaitingSignOff: z.int(),
  changed: z.int().meta({ description: 'Completions whose lesson changed since.', descriptionZh: '完成之后课程内容有修改的条目数。' }),
  overdue: z.int(),
  complete: z.boolean(),
});
export type DashboardRow = z.infer<typeof DashboardRow>;

export const Dashboard = z.object({
  cohort: CohortView,
  calendarAttention: z.string().nullable().meta({ description: '`calendar_not_covered` when the cohort’s calendar does not cover its five weeks: due dates are unknown.', descriptionZh: '本期日历没有覆盖全部五周时为 `calendar_not_covered`：截止时间未知。' }),
  weeks: z.array(z.object({ week: z.int(), dueAt: Timestamp.nullable() })),
  rows: z.array(DashboardRow),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const TraineeProgress = z.object({
  trainee: TraineeView,
  items: z.array(ItemStateView),
  weeks: z.array(WeekProgress),
  outline: TrackOutline,
});
export type TraineeProgress = z.infer<typeof TraineeProgress>;
