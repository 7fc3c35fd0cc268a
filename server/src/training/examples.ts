// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts: the autumn
// cohort of a delivery team, its lead, and an operator trainee still in week 3 on Monday 30 November. Item ids,
// titles and per-week counts are the operator track's in catalogue.json; the CSV is what dashboard-csv.ts writes.
import type { RouteExamples } from '../http/route-spec.js';
import { dashboardCsv } from './dashboard-csv.js';
import type { Dashboard } from './schemas.js';

const cohortId = '3f6c2a9e-8d41-4b7a-9c55-1e2f3a4b5c6d';
const traineeId = '8b1d4e7f-2a3c-4d5e-8f90-a1b2c3d4e5f6';
const leadId = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const lead = { id: leadId, name: '李娜' };

const cohort = {
  id: cohortId,
  name: '2026 秋季交接 / Autumn 2026 handover',
  startsOn: '2026-11-02',
  lead,
  calendarId: 'cn-workdays',
  trainees: 6,
  version: 1,
  createdAt: '2026-10-26T02:00:00.000Z',
};

const trainee = {
  id: traineeId,
  cohortId,
  email: 'zhang.wei@example.com',
  name: '张伟',
  track: 'operator' as const,
  locale: 'zh-Hans' as const,
  invitedAt: '2026-10-26T02:10:00.000Z',
  joinedAt: '2026-10-26T06:31:12.000Z',
  removedAt: null,
  version: 1,
};

// A few of the trainee's completions (the others are readings and manual exercises like the first): the week 1 quiz
// changed after it was passed, and the runbook waits for the lead's sign-off.
const items = [
  { itemId: 'w1-read-architecture', status: 'done', completedAt: '2026-11-03T03:20:00.000Z', changed: false, score: null, evidence: {}, signedOffBy: null },
  { itemId: 'w1-quiz', status: 'done', completedAt: '2026-11-06T07:45:00.000Z', changed: true, score: 1, evidence: { correct: 7, total: 7 }, signedOffBy: null },
  { itemId: 'w2-quiz', status: 'done', completedAt: '2026-11-13T06:30:00.000Z', changed: false, score: 6 / 7, evidence: { correct: 6, total: 7 }, signedOffBy: null },
  { itemId: 'w3-ops-ticket-5xx-ratio', status: 'done', completedAt: '2026-11-18T08:02:00.000Z', changed: false, score: null, evidence: { answer: '0.004', ratio: 0.0041, requests: 2431 }, signedOffBy: null },
  { itemId: 'w3-ops-drill', status: 'done', completedAt: '2026-11-19T09:30:00.000Z', changed: false, score: null, evidence: { rtoSeconds: 5.3, tickets: 3000 }, signedOffBy: null },
  { itemId: 'w3-ops-runbook', status: 'awaiting_sign_off', completedAt: '2026-11-27T08:15:00.000Z', changed: false, score: null, evidence: {}, signedOffBy: null },
];
const drillDone = items[4]!;
const runbook = items[5]!;

// Weeks end at 18:00 in Shanghai on their fifth working day; on 30 November week 3 is six working days late.
const weeks = [
  { week: 1, required: 16, done: 16, dueAt: '2026-11-06T10:00:00.000Z', overdue: 0, overdueWorkingDays: 0, quizScore: 1 },
  { week: 2, required: 12, done: 12, dueAt: '2026-11-13T10:00:00.000Z', overdue: 0, overdueWorkingDays: 0, quizScore: 6 / 7 },
  { week: 3, required: 19, done: 15, dueAt: '2026-11-20T10:00:00.000Z', overdue: 4, overdueWorkingDays: 6, quizScore: null },
  { week: 4, required: 11, done: 0, dueAt: '2026-11-27T10:00:00.000Z', overdue: 11, overdueWorkingDays: 1, quizScore: null },
  { week: 5, required: 11, done: 0, dueAt: '2026-12-04T10:00:00.000Z', overdue: 0, overdueWorkingDays: 0, quizScore: null },
];

// Week 3 of the operator track, shortened to three of its items.
const outline = [
  {
    week: 3,
    docId: 'training/week-3',
    title: { 'zh-Hans': '第 3 周：运维', en: 'Week 3: operations' },
    items: [
      { id: 'w3-ops-ticket-5xx-ratio', kind: 'exercise', title: { 'zh-Hans': '从 /metrics 读出工单接口的 5xx 比例', en: 'The 5xx ratio of the ticket routes, from /metrics' }, minutes: 45, required: true, check: 'metrics-answer', signOff: false },
      { id: 'w3-ops-drill', kind: 'exercise', title: { 'zh-Hans': '运行备份演练', en: 'Run the backup drill' }, minutes: 45, required: true, check: 'drill-report', signOff: false },
      { id: 'w3-ops-runbook', kind: 'exercise', title: { 'zh-Hans': '您的运维手册，经过评审', en: 'Your runbook, reviewed' }, minutes: 30, required: true, check: 'manual', signOff: true },
    ],
  },
];

const drillReport = [
  'drill: live database handover_drill_live_1: 3000 tickets, 600 attachments, 9000 messages, 3000 outbox rows',
  'drill: server on the restored copy: /ready {"status":"ready"} after 1.20 s; HO-17 read with its tracking link',
  'drill: RTO measured: restore 4.10 s + server ready 1.20 s = 5.30 s for 3000 tickets (backup took 2.00 s)',
  'drill: passed',
].join('\n');

const dashboard = {
  cohort,
  calendarAttention: null,
  weeks: weeks.map(({ week, dueAt }) => ({ week, dueAt })),
  rows: [{ trainee, weeks, done: 43, required: 69, awaitingSignOff: 1, changed: 1, overdue: 15, complete: false }],
} satisfies Dashboard;

// Week 3's quiz (the right answers are a, b, c, a, b, c, b): five of seven right is below the 0.8 pass mark.
const quizAnswers = { 'w3-q1': 'a', 'w3-q2': 'b', 'w3-q3': 'c', 'w3-q4': 'b', 'w3-q5': 'b', 'w3-q6': 'c', 'w3-q7': 'a' };
const rightAnswers = { 'w3-q1': 'a', 'w3-q2': 'b', 'w3-q3': 'c', 'w3-q4': 'a', 'w3-q5': 'b', 'w3-q6': 'c', 'w3-q7': 'b' };

export const trainingExamples = {
  requestTraineeSignInLink: {
    body: { email: 'zhang.wei@example.com', locale: 'zh-Hans' },
    responses: { 202: { message: '如果此邮箱是学员的邮箱，我们已向其发送登录链接，72 小时内有效，只能使用一次。' } },
  },
  signInTrainee: { body: { token: 'hol_2Jx7Qm4rVtY9wPzK3nB8cD5fG1hL6sA0eR4uI7oT2yW' }, responses: { 200: { trainee: { name: '张伟', track: 'operator', locale: 'zh-Hans' } } } },
  getMyTraining: {
    responses: {
      200: {
        trainee: { id: traineeId, name: '张伟', email: 'zhang.wei@example.com', track: 'operator', locale: 'zh-Hans' },
        cohort: { name: cohort.name, startsOn: cohort.startsOn, lead: lead.name, calendarAttention: null },
        csrfToken: 'T9v2bX7kQ1mN4pR8sW3yZ6cF0hJ5lA2e',
        items,
        weeks,
        outline,
        complete: false,
      },
    },
  },
  signOutTrainee: { responses: {} },
  completeTrainingItem: { params: { itemId: 'w3-ops-drill' }, body: { report: drillReport }, responses: { 200: drillDone } },
  submitQuizAttempt: {
    params: { quizId: 'w3-quiz' },
    body: { answers: quizAnswers },
    responses: {
      200: {
        quizId: 'w3-quiz',
        correct: 5,
        total: 7,
        score: 5 / 7,
        passMark: 0.8,
        passed: false,
        questions: Object.entries(quizAnswers).map(([id, chosen]) => ({ id, chosen, correct: rightAnswers[id as keyof typeof rightAnswers], right: chosen === rightAnswers[id as keyof typeof rightAnswers] })),
        state: null,
      },
    },
  },
  getMyCertificate: {
    responses: {
      200: {
        eligible: true,
        name: '张伟',
        track: 'operator',
        cohort: cohort.name,
        completedAt: '2026-12-04T08:40:00.000Z',
        items: 69,
        missing: [],
        certificateId: 'HO-T-4F9A0C21B7',
      },
    },
  },
  listCohorts: { responses: { 200: { items: [cohort] } } },
  createCohort: {
    body: { name: cohort.name, startsOn: cohort.startsOn, leadId, calendarId: 'cn-workdays' },
    responses: { 201: { ...cohort, trainees: 0 } },
  },
  updateCohort: { params: { id: cohortId }, body: { version: 1, startsOn: '2026-11-09' }, responses: { 200: { ...cohort, startsOn: '2026-11-09', version: 2 } } },
  listCohortTrainees: { params: { id: cohortId }, responses: { 200: { cohort, trainees: [trainee] } } },
  inviteTrainee: {
    params: { id: cohortId },
    body: { email: 'zhang.wei@example.com', name: '张伟', track: 'operator', locale: 'zh-Hans' },
    responses: { 201: { ...trainee, joinedAt: null } },
  },
  getCohortDashboard: { params: { id: cohortId }, responses: { 200: dashboard } },
  exportCohortDashboard: { params: { id: cohortId }, responses: { 200: dashboardCsv(dashboard, 'en') } },
  updateTrainee: { params: { id: traineeId }, body: { version: 1, track: 'developer' }, responses: { 200: { ...trainee, track: 'developer', version: 2 } } },
  resendTraineeInvitation: { params: { id: traineeId }, responses: {} },
  getTraineeProgress: { params: { id: traineeId }, responses: { 200: { trainee, items, weeks, outline } } },
  signOffTrainingItem: {
    params: { id: traineeId, itemId: 'w3-ops-runbook' },
    responses: { 200: { ...runbook, status: 'signed_off', signedOffBy: lead.name } },
  },
} satisfies Record<string, RouteExamples>;
