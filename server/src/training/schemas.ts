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
const ItemId = z.string().min(1).max(80).meta({ description: 'The item’s id in the curriculum, e.g. `w3-ops-drill`.', descriptionZh: '条目在课程中的 ID，例如 `w3-ops-drill`。' });
export const TraineeItemParams = z.object({ id: z.uuid(), itemId: ItemId });
export const ItemParams = z.object({ itemId: ItemId });
export const QuizParams = z.object({ quizId: z.string().min(1).max(80).meta({ description: 'The quiz’s item id, e.g. `w1-quiz`.', descriptionZh: '测验的条目 ID，例如 `w1-quiz`。' }) });

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
  startsOn: PlainDate.optional().meta({ description: 'The first day of week 1; the weeks’ due times move with it.', descriptionZh: '第 1 周的第一天；各周的截止时间随之改变。' }),
  leadId: z.uuid().nullable().optional().meta({ description: 'The staff member who leads the cohort; null for none.', descriptionZh: '负责本期的员工；为 null 表示没有。' }),
  calendarId: z.string().min(1).optional(),
});
export type CohortPatch = z.infer<typeof CohortPatch>;

const Person = z.object({ id: z.uuid().meta({ description: 'The lead’s staff id.', descriptionZh: '培训负责人的员工 ID。' }), name: z.string().meta({ description: 'The lead’s name.', descriptionZh: '培训负责人的姓名。' }) });

export const CohortView = z.object({
  id: z.uuid(),
  name: z.string(),
  startsOn: z.string().meta({ description: 'The first day of week 1, `YYYY-MM-DD`.', descriptionZh: '第 1 周的第一天，`YYYY-MM-DD`。' }),
  lead: Person.nullable().meta({ description: 'The cohort’s lead; null for none.', descriptionZh: '本期的培训负责人；没有时为 null。' }),
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
  cohortId: z.uuid().meta({ description: 'The trainee’s cohort.', descriptionZh: '学员所在的期次。' }),
  email: z.string(),
  name: z.string(),
  track: Track,
  locale: Locale,
  invitedAt: Timestamp.meta({ description: 'When the trainee was invited (ISO 8601, UTC).', descriptionZh: '邀请学员的时间（ISO 8601，UTC）。' }),
  joinedAt: Timestamp.nullable().meta({ description: 'When the trainee first signed in; null until then.', descriptionZh: '学员首次登录的时间；登录之前为 null。' }),
  removedAt: Timestamp.nullable().meta({ description: 'When the trainee was removed from the cohort; null while in it.', descriptionZh: '学员被移出本期的时间；仍在本期时为 null。' }),
  version: z.int(),
});
export type TraineeView = z.infer<typeof TraineeView>;

export const SignInLinkBody = z.strictObject({ email: Email, locale: Locale.optional() });
export const SessionBody = z.strictObject({ token: z.string().min(10).max(200).meta({ description: 'The token from the sign-in link’s `#token=` fragment.', descriptionZh: '登录链接 `#token=` 片段中的令牌。' }) });

export const ItemStateView = z.object({
  itemId: z.string().meta({ description: 'The item’s id in the curriculum.', descriptionZh: '条目在课程中的 ID。' }),
  status: z.enum(['done', 'awaiting_sign_off', 'signed_off']).meta({
    description: '`done`, `awaiting_sign_off` (checked off, waiting for the lead) or `signed_off` (confirmed by the lead).',
    descriptionZh: '`done`（已完成）、`awaiting_sign_off`（已勾选，等待培训负责人确认）或 `signed_off`（培训负责人已确认）。',
  }),
  completedAt: Timestamp.meta({ description: 'When the trainee last completed it (ISO 8601, UTC).', descriptionZh: '学员最近一次完成它的时间（ISO 8601，UTC）。' }),
  changed: z.boolean().meta({ description: 'The item’s content changed since it was completed.', descriptionZh: '条目的内容在完成之后有修改。' }),
  score: z.number().nullable().meta({ description: 'Quizzes: the best score, 0 to 1.', descriptionZh: '测验：最好的得分，0 到 1。' }),
  evidence: z.record(z.string(), z.unknown()).nullable().meta({
    description: 'What the automatic check found, e.g. the ticket filed, the 5xx ratio read or the drill’s RTO; a quiz’s `correct` and `total`; empty for manual items.',
    descriptionZh: '自动检查找到的内容，例如提交的工单、读出的 5xx 比例或演练的 RTO；测验为 `correct` 和 `total`；手动条目为空。',
  }),
  signedOffBy: z.string().nullable().meta({ description: 'The name of who signed it off; null when not signed off.', descriptionZh: '确认人的姓名；未确认时为 null。' }),
});
export type ItemStateView = z.infer<typeof ItemStateView>;

export const WeekProgress = z.object({
  week: z.int().meta({ description: 'The week, 1 to 5.', descriptionZh: '第几周，1 到 5。' }),
  required: z.int().meta({ description: 'Required items of the week in the trainee’s track.', descriptionZh: '本周在学员所在方向中的必做条目数。' }),
  done: z.int().meta({ description: 'Required items done (awaiting sign-off counts as not yet done).', descriptionZh: '已完成的必做条目数（等待确认的不算完成）。' }),
  dueAt: Timestamp.nullable().meta({ description: 'End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it.', descriptionZh: '本周最后一个工作日在本期日历上的下班时间；日历未覆盖时为 null。' }),
  overdue: z.int().meta({ description: 'Required items not done after the due time.', descriptionZh: '截止时间已过仍未完成的必做条目数。' }),
  overdueWorkingDays: z.int().meta({ description: 'Working days since the due time, when anything is overdue.', descriptionZh: '有条目逾期时，截止时间之后已过的工作日数。' }),
  quizScore: z.number().nullable().meta({ description: 'The week’s quiz score, 0 to 1 (the best attempt); null until the quiz is passed.', descriptionZh: '本周测验的得分，0 到 1（取最好的一次）；通过测验之前为 null。' }),
});
export type WeekProgress = z.infer<typeof WeekProgress>;

const Bilingual = z.object({ 'zh-Hans': z.string(), en: z.string() });

/** The weeks and items of one track, as the progress pages list them (quiz answers left out). */
export const TrackOutline = z.array(
  z.object({
    week: z.int().meta({ description: 'The week, 1 to 5.', descriptionZh: '第几周，1 到 5。' }),
    docId: z.string().meta({ description: 'The week’s page, e.g. `training/week-4` (under /docs/).', descriptionZh: '本周课程页面，例如 `training/week-4`（位于 /docs/ 下）。' }),
    title: Bilingual.meta({ description: 'The week’s title in both languages.', descriptionZh: '本周的标题（中英文）。' }),
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['reading', 'exercise', 'quiz']).meta({ description: '`reading`, `exercise` or `quiz`.', descriptionZh: '`reading`（阅读）、`exercise`（练习）或 `quiz`（测验）。' }),
        title: Bilingual.meta({ description: 'The item’s title in both languages.', descriptionZh: '条目的标题（中英文）。' }),
        minutes: z.int().meta({ description: 'About how long it takes, in minutes.', descriptionZh: '大约需要的时间，单位为分钟。' }),
        required: z.boolean().meta({ description: 'true: required (counts for the certificate); false: optional.', descriptionZh: 'true：必做（计入结业证书）；false：选做。' }),
        check: z.enum(['manual', 'ticket', 'saved-reply-pending', 'metrics-answer', 'drill-report', 'quiz']).meta({
          description: 'How it is checked: `manual` (the trainee’s word), `ticket`, `saved-reply-pending`, `metrics-answer` and `drill-report` (checked by the server against this instance), `quiz` (graded answers).',
          descriptionZh: '检查方式：`manual`（以学员勾选为准）；`ticket`、`saved-reply-pending`、`metrics-answer` 和 `drill-report`（由服务器在本实例上检查）；`quiz`（评分答案）。',
        }),
        signOff: z.boolean().meta({ description: 'The lead signs it off after the trainee checks it off.', descriptionZh: '学员勾选后由培训负责人确认。' }),
      }),
    ),
  }),
).meta({ description: 'The weeks of the trainee’s track and their items (without quiz answers).', descriptionZh: '学员所在方向的各周及其条目（不含测验答案）。' });
export type TrackOutline = z.infer<typeof TrackOutline>;

export const MyTraining = z.object({
  trainee: z
    .object({ id: z.uuid(), name: z.string(), email: z.string(), track: Track, locale: Locale })
    .meta({ description: 'The signed-in trainee.', descriptionZh: '当前登录的学员。' }),
  cohort: z
    .object({
      name: z.string(),
      startsOn: z.string().meta({ description: 'The first day of week 1, `YYYY-MM-DD`.', descriptionZh: '第 1 周的第一天，`YYYY-MM-DD`。' }),
      lead: z.string().nullable().meta({ description: 'The lead’s name; null for none.', descriptionZh: '培训负责人的姓名；没有时为 null。' }),
      calendarAttention: z.string().nullable().meta({
        description: '`calendar_not_covered` when the cohort’s calendar does not cover its five weeks: due dates are unknown.',
        descriptionZh: '本期日历没有覆盖全部五周时为 `calendar_not_covered`：截止时间未知。',
      }),
    })
    .meta({ description: 'The trainee’s cohort.', descriptionZh: '学员所在的期次。' }),
  csrfToken: z.string().meta({ description: 'Send it as `X-CSRF-Token` with every write made with the `ho_trainee` cookie.', descriptionZh: '用 Cookie `ho_trainee` 进行写操作时，放在 `X-CSRF-Token` 头中发送。' }),
  items: z.array(ItemStateView).meta({ description: 'Every item the trainee has completed or checked off (awaiting sign-off included).', descriptionZh: '学员已完成或已勾选的每个条目（包括等待确认的）。' }),
  weeks: z.array(WeekProgress).meta({ description: 'Progress per week, weeks 1 to 5.', descriptionZh: '每周的进度，第 1 到第 5 周。' }),
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
  quizId: z.string().meta({ description: 'The quiz’s item id.', descriptionZh: '测验的条目 ID。' }),
  correct: z.int().meta({ description: 'Questions answered right.', descriptionZh: '答对的题数。' }),
  total: z.int(),
  score: z.number(),
  passMark: z.number().meta({ description: 'The score needed to pass, 0 to 1 (0.8 unless the quiz says otherwise).', descriptionZh: '通过所需的得分，0 到 1（除非测验另有规定，为 0.8）。' }),
  passed: z.boolean().meta({ description: 'This attempt reached the pass mark.', descriptionZh: '本次提交达到了及格线。' }),
  questions: z
    .array(
      z.object({
        id: z.string(),
        chosen: z.string().nullable().meta({ description: 'The answer id chosen; null when left out.', descriptionZh: '所选的答案 ID；未作答时为 null。' }),
        correct: z.string().meta({ description: 'The right answer’s id.', descriptionZh: '正确答案的 ID。' }),
        right: z.boolean().meta({ description: 'The chosen answer is the right one.', descriptionZh: '所选答案是否正确。' }),
      }),
    )
    .meta({ description: 'Every question of the quiz, in its order.', descriptionZh: '测验的每一道题，按顺序排列。' }),
  state: ItemStateView.nullable().meta({ description: 'The quiz’s progress after this attempt: null until it is passed.', descriptionZh: '本次提交后测验的进度；通过之前为 null。' }),
});
export type QuizResult = z.infer<typeof QuizResult>;

export const Certificate = z.object({
  eligible: z.boolean().meta({ description: 'Every required item of the track is done or signed off.', descriptionZh: '本方向的全部必做条目都已完成或确认。' }),
  name: z.string(),
  track: Track,
  cohort: z.string().meta({ description: 'The cohort’s name.', descriptionZh: '期次的名称。' }),
  completedAt: Timestamp.nullable().meta({ description: 'When the last required item was done; null while not eligible.', descriptionZh: '最后一个必做条目完成的时间；尚不满足条件时为 null。' }),
  items: z.int(),
  missing: z
    .array(
      z.object({
        itemId: z.string().meta({ description: 'The item’s id in the curriculum.', descriptionZh: '条目在课程中的 ID。' }),
        week: z.int().meta({ description: 'The item’s week, 1 to 5.', descriptionZh: '条目所在的周，1 到 5。' }),
        title: z.string().meta({ description: 'The item’s title, in the trainee’s language.', descriptionZh: '条目的标题，使用学员的语言。' }),
      }),
    )
    .meta({ description: 'Required items not done yet (awaiting sign-off counts as not done).', descriptionZh: '尚未完成的必做条目（等待确认的算作未完成）。' }),
  certificateId: z.string().nullable().meta({ description: 'A stable reference printed on the certificate.', descriptionZh: '印在证书上的固定编号。' }),
});
export type Certificate = z.infer<typeof Certificate>;

export const DashboardRow = z.object({
  trainee: TraineeView.meta({ description: 'The trainee.', descriptionZh: '学员。' }),
  weeks: z.array(WeekProgress).meta({ description: 'Progress per week, weeks 1 to 5.', descriptionZh: '每周的进度，第 1 到第 5 周。' }),
  done: z.int().meta({ description: 'Required items done over all weeks.', descriptionZh: '所有周已完成的必做条目数。' }),
  required: z.int().meta({ description: 'Required items of the trainee’s track over all weeks.', descriptionZh: '学员所在方向所有周的必做条目数。' }),
  awaitingSignOff: z.int().meta({ description: 'Items checked off and waiting for the lead’s sign-off.', descriptionZh: '已勾选、等待培训负责人确认的条目数。' }),
  changed: z.int().meta({ description: 'Completions whose lesson changed since.', descriptionZh: '完成之后课程内容有修改的条目数。' }),
  overdue: z.int().meta({ description: 'Required items not done after their week’s due time, over all weeks.', descriptionZh: '所有周中截止时间已过仍未完成的必做条目数。' }),
  complete: z.boolean().meta({ description: 'Every required item of the track is done (or signed off).', descriptionZh: '本方向的全部必做条目都已完成（或已确认）。' }),
});
export type DashboardRow = z.infer<typeof DashboardRow>;

export const Dashboard = z.object({
  cohort: CohortView.meta({ description: 'The cohort.', descriptionZh: '期次。' }),
  calendarAttention: z.string().nullable().meta({ description: '`calendar_not_covered` when the cohort’s calendar does not cover its five weeks: due dates are unknown.', descriptionZh: '本期日历没有覆盖全部五周时为 `calendar_not_covered`：截止时间未知。' }),
  weeks: z
    .array(
      z.object({
        week: z.int().meta({ description: 'The week, 1 to 5.', descriptionZh: '第几周，1 到 5。' }),
        dueAt: Timestamp.nullable().meta({ description: 'End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it.', descriptionZh: '本周最后一个工作日在本期日历上的下班时间；日历未覆盖时为 null。' }),
      }),
    )
    .meta({ description: 'The due time of each week.', descriptionZh: '每周的截止时间。' }),
  rows: z.array(DashboardRow).meta({ description: 'One row per trainee in the cohort, removed ones left out.', descriptionZh: '本期每位学员一行，不含已移出的学员。' }),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const TraineeProgress = z.object({
  trainee: TraineeView.meta({ description: 'The trainee.', descriptionZh: '学员。' }),
  items: z.array(ItemStateView).meta({ description: 'Every item the trainee has completed or checked off (awaiting sign-off included).', descriptionZh: '学员已完成或已勾选的每个条目（包括等待确认的）。' }),
  weeks: z.array(WeekProgress).meta({ description: 'Progress per week, weeks 1 to 5.', descriptionZh: '每周的进度，第 1 到第 5 周。' }),
  outline: TrackOutline,
});
export type TraineeProgress = z.infer<typeof TraineeProgress>;
