// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts. The calendar
// and policies are the defaults the migrations install; the ticket is HO-1042 from tickets/examples.ts.
import type { RouteExamples } from '../http/route-spec.js';
import { exampleTicketNumber } from '../tickets/examples.js';
import { complianceCsv } from './compliance.js';

const officeHours = [{ start: '09:00', end: '18:00' }];
const weekly = { 1: officeHours, 2: officeHours, 3: officeHours, 4: officeHours, 5: officeHours, 6: [], 7: [] };
const nationalDay = { 'zh-Hans': '国庆节', en: 'National Day' };

const cnWorkdays = {
  id: 'cn-workdays',
  name: '中国大陆工作日 / PRC working days',
  timeZone: 'Asia/Shanghai',
  weekly,
  overrides: [
    { date: '2026-10-01', kind: 'holiday', name: nationalDay },
    { date: '2026-10-02', kind: 'holiday', name: nationalDay },
    { date: '2026-10-10', kind: 'working', name: nationalDay },
  ],
  coverage: { from: '2026-01-01', until: '2026-12-31', ends: '2026-12-31T16:00:00.000Z', daysLeft: 31, warn: true },
  builtIn: false,
  version: 3,
  updatedAt: '2026-11-02T02:00:00.000Z',
};
const always = {
  id: '7x24',
  name: '7×24',
  timeZone: 'UTC',
  weekly: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((day) => [day, [{ start: '00:00', end: '24:00' }]])),
  overrides: [],
  coverage: { from: null, until: null, ends: null, daysLeft: null, warn: false },
  builtIn: true,
  version: 1,
  updatedAt: '2026-08-01T00:00:00.000Z',
};

const christmas = { 'zh-Hans': '圣诞节', en: 'Christmas Day' };
const hongKongInput = {
  id: 'hk-workdays',
  name: '香港工作日 / Hong Kong working days',
  timeZone: 'Asia/Hong_Kong',
  weekly,
  overrides: [
    { date: '2026-12-25', kind: 'holiday', name: christmas },
    { date: '2026-12-24', kind: 'hours', intervals: [{ start: '09:00', end: '12:00' }], name: { 'zh-Hans': '平安夜（半天）', en: 'Christmas Eve (half day)' } },
  ],
  coverage: { from: '2026-12-01', until: '2026-12-31' },
};
const hongKong = {
  ...hongKongInput,
  overrides: [hongKongInput.overrides[1]!, hongKongInput.overrides[0]!],
  coverage: { ...hongKongInput.coverage, ends: '2026-12-31T16:00:00.000Z', daysLeft: 31, warn: true },
  builtIn: false,
  version: 1,
  updatedAt: '2026-11-30T03:30:00.000Z',
  recomputed: 0,
};

const newYear = { 'zh-Hans': '元旦', en: 'New Year’s Day' };

const policies = [
  { priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 240, calendarId: '7x24', warnShare: 0.8, version: 1, updatedAt: '2026-08-01T00:00:00.000Z' },
  { priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480, calendarId: 'cn-workdays', warnShare: 0.8, version: 1, updatedAt: '2026-08-01T00:00:00.000Z' },
  { priority: 'P3', firstResponseMinutes: 240, resolutionMinutes: 1440, calendarId: 'cn-workdays', warnShare: 0.8, version: 1, updatedAt: '2026-08-01T00:00:00.000Z' },
  { priority: 'P4', firstResponseMinutes: 480, resolutionMinutes: 2400, calendarId: 'cn-workdays', warnShare: 0.8, version: 1, updatedAt: '2026-08-01T00:00:00.000Z' },
];

const reportRows = [
  { dimension: 'priority', value: 'P2', target: 'first_response', met: 18, breached: 2, open: 1, compliance: 0.9, medianHours: 0.42, p90Hours: 0.95 },
  { dimension: 'priority', value: 'P2', target: 'resolution', met: 15, breached: 3, open: 3, compliance: 0.833, medianHours: 5.5, p90Hours: 9.25 },
] as const;
const reportQuery = { from: '2026-11-01', to: '2026-11-30', by: 'priority' };

const calendar = { id: 'cn-workdays', name: '中国大陆工作日 / PRC working days', timeZone: 'Asia/Shanghai' };

export const slaExamples = {
  listSlaCalendars: { responses: { 200: { items: [always, cnWorkdays] } } },
  createSlaCalendar: { body: hongKongInput, responses: { 201: hongKong } },
  getSlaCalendar: { params: { id: 'cn-workdays' }, responses: { 200: cnWorkdays } },
  replaceSlaCalendar: {
    params: { id: 'hk-workdays' },
    body: { ...hongKongInput, name: '香港办公室 / Hong Kong office', version: 1 },
    responses: { 200: { ...hongKong, name: '香港办公室 / Hong Kong office', version: 2, updatedAt: '2026-11-30T04:00:00.000Z', recomputed: 3 } },
  },
  addSlaCalendarDays: {
    params: { id: 'cn-workdays' },
    body: { days: [{ date: '2027-01-01', kind: 'holiday', name: newYear }], coverageUntil: '2027-01-31' },
    responses: {
      200: {
        ...cnWorkdays,
        overrides: [...cnWorkdays.overrides, { date: '2027-01-01', kind: 'holiday', name: newYear }],
        coverage: { from: '2026-01-01', until: '2027-01-31', ends: '2027-01-31T16:00:00.000Z', daysLeft: 62, warn: false },
        version: 4,
        updatedAt: '2026-11-30T04:10:00.000Z',
        recomputed: 12,
      },
    },
  },
  deleteSlaCalendar: { params: { id: 'hk-workdays' }, responses: {} },
  listSlaPolicies: { responses: { 200: { items: policies } } },
  saveSlaPolicy: {
    params: { priority: 'P2' },
    body: { firstResponseMinutes: 30, resolutionMinutes: 480, calendarId: 'cn-workdays', warnShare: 0.75, version: 1 },
    responses: { 200: { ...policies[1]!, firstResponseMinutes: 30, warnShare: 0.75, version: 2, updatedAt: '2026-11-30T04:20:00.000Z', recomputed: 7 } },
  },
  getSlaReport: {
    query: reportQuery,
    responses: {
      200: {
        ...reportQuery,
        timeZone: 'Asia/Shanghai',
        rows: reportRows,
        totals: { first_response: { met: 18, breached: 2, open: 1, compliance: 0.9 }, resolution: { met: 15, breached: 3, open: 3, compliance: 0.833 } },
      },
    },
  },
  exportSlaReport: { query: reportQuery, responses: { 200: complianceCsv(reportRows, 'en') } },
  getTicketSla: {
    params: { number: exampleTicketNumber },
    responses: {
      200: {
        number: exampleTicketNumber,
        clocks: [
          {
            kind: 'first_response',
            state: 'met',
            priority: 'P2',
            targetMinutes: 60,
            usedMs: 3_213_000,
            startedAt: '2026-11-30T01:12:08.000Z',
            dueAt: '2026-11-30T02:12:08.000Z',
            atRiskAt: '2026-11-30T02:00:08.000Z',
            pausedAt: null,
            stoppedAt: '2026-11-30T02:05:41.000Z',
            metAt: '2026-11-30T02:05:41.000Z',
            breachedAt: null,
            warnedAt: '2026-11-30T02:00:09.000Z',
            breachNotifiedAt: null,
            attention: null,
            computation: { calendar, bankedMs: 3_213_000, runningSince: null, remainingMs: 387_000, intervals: [] },
          },
          {
            kind: 'resolution',
            state: 'on_track',
            priority: 'P2',
            targetMinutes: 480,
            usedMs: 4_672_000,
            startedAt: '2026-11-30T01:12:08.000Z',
            dueAt: '2026-11-30T09:12:08.000Z',
            atRiskAt: '2026-11-30T07:36:08.000Z',
            pausedAt: null,
            stoppedAt: null,
            metAt: null,
            breachedAt: null,
            warnedAt: null,
            breachNotifiedAt: null,
            attention: null,
            computation: {
              calendar,
              bankedMs: 0,
              runningSince: '2026-11-30T01:12:08.000Z',
              remainingMs: 28_800_000,
              intervals: [{ start: '2026-11-30T01:12:08.000Z', end: '2026-11-30T09:12:08.000Z' }],
            },
          },
        ],
      },
    },
  },
} satisfies Record<string, RouteExamples>;
