import { z } from 'zod';
import { PlainDate } from '../sla/calendar/schema.js';
import { Email } from '../tickets/schemas.js';
import { tracks } from './curriculum.js';

const Timestamp = z.iso.datetime();
const Locale = z.enum(['zh-Hans', 'en']);
const Track = z.enum(tracks).meta({ description: '`developer`, `operator` or `business`: which exercises of each week the trainee does.' });
const Name = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');
const Version = z.int().min(1).meta({ description: 'The version last read; a stale one is refused with 409 `version_conflict`.' });

export const CohortParams = z.object({ id: z.uuid() });
export const TraineeParams = z.object({ id: z.uuid() });
export const TraineeItemParams = z.object({ id: z.uuid(), itemId: z.string().min(1).max(80) });
export const ItemParams = z.object({ itemId: z.string().min(1).max(80) });
export const QuizParams = z.object({ quizId: z.string().min(1).max(80) });

export const CohortBody = z.strictObject({
  name: Name,
  startsOn: PlainDate.meta({ description: 'The first day of week 1, e.g. `2027-03-01`.' }),
  leadId: z.uuid().nullable().default(null).meta({ description: 'The staff member who leads the cohort; null for none.' }),
  calendarId: z.string().min(1).default('cn-workdays').meta({ description: 'The working-day calendar (an SLA calendar id) deadlines are counted on.' }),
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
  trainees: z.int().meta({ description: 'Trainees in the cohort, removed ones not counted.' }),
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
  removed: z.boolean().optional().meta({ description: 'true removes the trainee from the cohort (sessions end, progress kept); false brings them back.' }),
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
export const SessionBody = z.strictObject({ token: z.string().min(10).max(200).meta({ description: 'The token from the sign-in link’s `#token=` fragment.' }) });

export const ItemStateView = z.object({
  itemId: z.string(),
  status: z.enum(['done', 'awaiting_sign_off', 'signed_off']),
  completedAt: Timestamp,
  changed: z.boolean().meta({ description: 'The item’s content changed since it was completed.' }),
  score: z.number().nullable().meta({ description: 'Quizzes: the best score, 0 to 1.' }),
  evidence: z.record(z.string(), z.unknown()).nullable(),
  signedOffBy: z.string().nullable(),
});
export type ItemStateView = z.infer<typeof ItemStateView>;

export const WeekProgress = z.object({
  week: z.int(),
  required: z.int(),
  done: z.int().meta({ description: 'Required items done (awaiting sign-off counts as not yet done).' }),
  dueAt: Timestamp.nullable().meta({ description: 'End of the week’s last working day on the cohort’s calendar; null when the calendar does not cover it.' }),
  overdue: z.int().meta({ description: 'Required items not done after the due time.' }),
  overdueWorkingDays: z.int().meta({ description: 'Working days since the due time, when anything is overdue.' }),
  quizScore: z.number().nullable(),
});
export type WeekProgress = z.infer<typeof WeekProgress>;

const Bilingual = z.object({ 'zh-Hans': z.string(), en: z.string() });

/** The weeks and items of one track, as the progress pages list them (quiz answers left out). */
export const TrackOutline = z.array(
  z.object({
    week: z.int(),
    docId: z.string().meta({ description: 'The week’s page, e.g. `training/week-4` (under /docs/).' }),
    title: Bilingual,
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['reading', 'exercise', 'quiz']),
        title: Bilingual,
        minutes: z.int(),
        required: z.boolean(),
        check: z.enum(['manual', 'ticket', 'saved-reply-pending', 'metrics-answer', 'drill-report', 'quiz']),
        signOff: z.boolean().meta({ description: 'The lead signs it off after the trainee checks it off.' }),
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
  complete: z.boolean().meta({ description: 'Every required item of the track is done (or signed off).' }),
});
export type MyTraining = z.infer<typeof MyTraining>;

export const CompletionBody = z.strictObject({
  answer: z.string().trim().max(40).optional().meta({ description: 'metrics-answer items: the value read, e.g. `0.02` or `2%`.' }),
  report: z.string().max(20_000).optional().meta({ description: 'drill-report items: the output of `npm run drill`, pasted as printed.' }),
});
export type CompletionBody = z.infer<typeof CompletionBody>;

export const QuizBody = z.strictObject({
  answers: z.record(z.string().max(80), z.string().max(80)).meta({ description: 'Question id → chosen answer id.' }),
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
  state: ItemStateView.nullable().meta({ description: 'The quiz’s progress after this attempt: null until it is passed.' }),
});
export type QuizResult = z.infer<typeof QuizResult>;

export const Certificate = z.object({
  eligible: z.boolean(),
  name: z.string(),
  track: Track,
  cohort: z.string(),
  completedAt: Timestamp.nullable().meta({ description: 'When the last required item was done; null while not eligible.' }),
  items: z.int(),
  missing: z.array(z.object({ itemId: z.string(), week: z.int(), title: z.string() })),
  certificateId: z.string().nullable().meta({ description: 'A stable reference printed on the certificate.' }),
});
export type Certificate = z.infer<typeof Certificate>;

export const DashboardRow = z.object({
  trainee: TraineeView,
  weeks: z.array(WeekProgress),
  done: z.int(),
  required: z.int(),
  awaitingSignOff: z.int(),
  changed: z.int().meta({ description: 'Completions whose lesson changed since.' }),
  overdue: z.int(),
  complete: z.boolean(),
});
export type DashboardRow = z.infer<typeof DashboardRow>;

export const Dashboard = z.object({
  cohort: CohortView,
  calendarAttention: z.string().nullable().meta({ description: '`calendar_not_covered` when the cohort’s calendar does not cover its five weeks: due dates are unknown.' }),
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
