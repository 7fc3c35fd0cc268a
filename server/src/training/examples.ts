// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts: the autumn
// cohort of a delivery team, its lead, and an operator trainee half-way through week 3.
import type { RouteExamples } from '../http/route-spec.js';

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
  track: 'operator',
  locale: 'zh-Hans',
  invitedAt: '2026-10-26T02:10:00.000Z',
  joinedAt: '2026-10-26T06:31:12.000Z',
  removedAt: null,
  version: 1,
};

const items = [
  { itemId: 'w1-read-architecture', status: 'done', completedAt: '2026-11-03T03:20:00.000Z', changed: false, score: null, evidence: {}, signedOffBy: null },
  { itemId: 'w1-quiz', status: 'done', completedAt: '2026-11-06T07:45:00.000Z', changed: true, score: 0.875, evidence: { correct: 7, total: 8 }, signedOffBy: null },
  { itemId: 'w3-metrics-5xx', status: 'done', completedAt: '2026-11-18T08:02:00.000Z', changed: false, score: null, evidence: { answer: '0.004', ratio: 0.0041, requests: 2431 }, signedOffBy: null },
  { itemId: 'w3-backup-drill', status: 'awaiting_sign_off', completedAt: '2026-11-19T09:30:00.000Z', changed: false, score: null, evidence: { rtoSeconds: 5.3, tickets: 3000 }, signedOffBy: null },
];

const weeks = [
  { week: 1, required: 6, done: 6, dueAt: '2026-11-06T10:00:00.000Z', overdue: 0, overdueWorkingDays: 0, quizScore: 0.875 },
  { week: 2, required: 7, done: 7, dueAt: '2026-11-13T10:00:00.000Z', overdue: 0, overdueWorkingDays: 0, quizScore: 1 },
  { week: 3, required: 8, done: 5, dueAt: '2026-11-20T10:00:00.000Z', overdue: 3, overdueWorkingDays: 6, quizScore: null },
  { week: 4, required: 6, done: 0, dueAt: '2026-11-27T10:00:00.000Z', overdue: 6, overdueWorkingDays: 1, quizScore: null },
  { week: 5, required: 5, done: 0, dueAt: '2026-12-04T10:00:00.000Z', overdue: 0, overdueWorkingDays: 0, quizScore: null },
];

const outline = [
  {
    week: 3,
    docId: 'training/week-3',
    title: { 'zh-Hans': '第 3 周：运维', en: 'Week 3: Operations' },
    items: [
      { id: 'w3-metrics-5xx', kind: 'exercise', title: { 'zh-Hans': '从 /metrics 读出工单接口的 5xx 比例', en: 'Read the 5xx ratio of the ticket routes from /metrics' }, minutes: 30, required: true, check: 'metrics-answer', signOff: false },
      { id: 'w3-backup-drill', kind: 'exercise', title: { 'zh-Hans': '运行备份演练', en: 'Run the backup drill' }, minutes: 45, required: true, check: 'drill-report', signOff: false },
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
  rows: [{ trainee, weeks, done: 18, required: 32, awaitingSignOff: 1, changed: 1, overdue: 9, complete: false }],
};

const csv =
  'name,e-mail,track,week 1,week 2,week 3,week 4,week 5,done,required,overdue items,most working days late,quiz average,awaiting sign-off,changed since completed,complete\n' +
  '张伟,zhang.wei@example.com,operator,6/6,7/7,5/8,0/6,0/5,18,32,9,6,0.94,1,1,no\n';

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
  completeTrainingItem: { params: { itemId: 'w3-backup-drill' }, body: { report: drillReport }, responses: { 200: items[3] } },
  submitQuizAttempt: {
    params: { quizId: 'w1-quiz' },
    body: { answers: { 'w1-q1': 'b', 'w1-q2': 'a', 'w1-q3': 'c' } },
    responses: {
      200: {
        quizId: 'w1-quiz',
        correct: 2,
        total: 3,
        score: 0.6667,
        passMark: 0.8,
        passed: false,
        questions: [
          { id: 'w1-q1', chosen: 'b', correct: 'b', right: true },
          { id: 'w1-q2', chosen: 'a', correct: 'a', right: true },
          { id: 'w1-q3', chosen: 'c', correct: 'a', right: false },
        ],
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
        items: 32,
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
  exportCohortDashboard: { params: { id: cohortId }, responses: { 200: csv } },
  updateTrainee: { params: { id: traineeId }, body: { version: 1, track: 'developer' }, responses: { 200: { ...trainee, track: 'developer', version: 2 } } },
  resendTraineeInvitation: { params: { id: traineeId }, responses: {} },
  getTraineeProgress: { params: { id: traineeId }, responses: { 200: { trainee, items, weeks, outline } } },
  signOffTrainingItem: {
    params: { id: traineeId, itemId: 'w3-backup-drill' },
    responses: { 200: { ...items[3], status: 'signed_off', signedOffBy: lead.name } },
  },
} satisfies Record<string, RouteExamples>;
