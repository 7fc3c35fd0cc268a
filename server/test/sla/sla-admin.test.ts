import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { prcWorkingDaysCalendar } from '../../src/sla/calendar/index.js';
import type { TransactionClient } from '../../src/db/transaction.js';
import { SlaAdminRepository } from '../../src/sla/admin-repository.js';
import { SlaClockRepository } from '../../src/sla/repository.js';
import { SlaService } from '../../src/sla/service.js';
import { TicketRepository } from '../../src/tickets/repository.js';
import { testApp } from '../support/app.js';
import { migratedDatabase } from '../support/database.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { fileTestTicket, ticketTestConfig } from '../support/ticket-api.js';

const shanghai = (local: string) => new Date(`${local}+08:00`);
const hours = (n: number) => n * 3_600_000;

/** Administrators keep calendars and policies through the API; every refusal is a field error with a stable code. */
describe('SLA calendars and policies for administrators', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let admin: TestStaff;
  let agent: TestStaff;
  let now = shanghai('2026-12-28T09:00');

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig(), now: () => now });
    [admin, agent] = await Promise.all([createStaff(db.prisma, { role: 'admin' }), createStaff(db.prisma)]);
  });
  afterAll(() => close());

  const as = (who: TestStaff) => ({
    get: (path: string) => request(app).get(`/api/v1${path}`).set('Authorization', who.bearer),
    post: (path: string, body: object) => request(app).post(`/api/v1${path}`).set('Authorization', who.bearer).send(body),
    put: (path: string, body: object) => request(app).put(`/api/v1${path}`).set('Authorization', who.bearer).send(body),
    delete: (path: string) => request(app).delete(`/api/v1${path}`).set('Authorization', who.bearer),
  });
  const fields = (res: request.Response) => (res.body.errors as { field: string; code: string }[]).map((error) => `${error.field} ${error.code}`);
  const calendar = (overrides: Record<string, unknown> = {}) => ({
    id: 'berlin-office',
    name: 'Berlin office',
    timeZone: 'Europe/Berlin',
    weekly: { 1: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] },
    overrides: [{ date: '2026-12-24', kind: 'holiday' }],
    coverage: { from: '2026-01-01', until: '2026-12-31' },
    ...overrides,
  });

  it('seeds the 7×24 and PRC calendars and the default policies', async () => {
    const calendars = await as(admin).get('/admin/sla/calendars').expect(200);
    expect(calendars.body.items.map((c: { id: string }) => c.id)).toEqual(['7x24', 'cn-workdays']);
    const cn = calendars.body.items[1];
    const prc = prcWorkingDaysCalendar();
    expect({ timeZone: cn.timeZone, weekly: cn.weekly, overrides: cn.overrides }).toEqual({ timeZone: prc.timeZone, weekly: prc.weekly, overrides: prc.overrides });
    expect(cn.coverage).toMatchObject({ from: '2026-01-01', until: '2026-12-31', warn: true, daysLeft: 3 });
    const policies = await as(admin).get('/admin/sla/policies').expect(200);
    expect(policies.body.items.map((p: Record<string, unknown>) => [p.priority, p.firstResponseMinutes, p.resolutionMinutes, p.calendarId, p.warnShare])).toEqual([
      ['P1', 15, 240, '7x24', 0.8],
      ['P2', 60, 480, 'cn-workdays', 0.8],
      ['P3', 240, 1440, 'cn-workdays', 0.8],
      ['P4', 480, 2400, 'cn-workdays', 0.8],
    ]);
  });

  it('refuses agents', async () => {
    await as(agent).get('/admin/sla/calendars').expect(403);
    await as(agent).put('/admin/sla/policies/P2', { firstResponseMinutes: 30, resolutionMinutes: 480, calendarId: 'cn-workdays' }).expect(403);
  });

  it('creates, reads, replaces and deletes a calendar of its own', async () => {
    const created = await as(admin).post('/admin/sla/calendars', calendar()).expect(201);
    expect(created.body).toMatchObject({ id: 'berlin-office', builtIn: false, recomputed: 0, weekly: { 1: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], 2: [] } });
    await as(admin).post('/admin/sla/calendars', calendar()).expect(409);
    const replaced = await as(admin).put('/admin/sla/calendars/berlin-office', calendar({ id: undefined, name: 'Berlin' })).expect(200);
    expect(replaced.body).toMatchObject({ name: 'Berlin', version: 2 });
    // A replacement based on version 1 would drop what version 2 changed: refused, and nothing of it saved.
    const stale = await as(admin).put('/admin/sla/calendars/berlin-office', { ...calendar({ id: undefined, name: 'Stale' }), version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict' });
    expect(stale.body.detail).toContain('now at version 2');
    await as(admin).put('/admin/sla/calendars/berlin-office', { ...calendar({ id: undefined, name: 'Berlin' }), version: 'two' }).expect(400);
    const current = await as(admin).put('/admin/sla/calendars/berlin-office', { ...calendar({ id: undefined, name: 'Berlin office' }), version: 2 }).expect(200);
    expect(current.body).toMatchObject({ name: 'Berlin office', version: 3 });
    await as(admin).get('/admin/sla/calendars/berlin-office').expect(200);
    await as(admin).delete('/admin/sla/calendars/berlin-office').expect(204);
    await as(admin).get('/admin/sla/calendars/berlin-office').expect(404);
  });

  it('keeps the built-in calendar and calendars in use', async () => {
    const builtIn = await as(admin).put('/admin/sla/calendars/7x24', calendar({ id: '7x24' })).expect(409);
    expect(builtIn.body.code).toBe('calendar_built_in');
    expect((await as(admin).delete('/admin/sla/calendars/cn-workdays').expect(409)).body.code).toBe('calendar_in_use');
  });

  describe('bad input', () => {
    it('refuses overlapping and inverted hours, naming the interval', async () => {
      const overlapping = await as(admin).post('/admin/sla/calendars', calendar({ weekly: { 1: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '18:00' }] } })).expect(400);
      expect(overlapping.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fields(overlapping)).toEqual(['weekly.1.1 overlapping_intervals']);
      const inverted = await as(admin).post('/admin/sla/calendars', calendar({ weekly: { 2: [{ start: '18:00', end: '09:00' }] } })).expect(400);
      expect(fields(inverted)).toEqual(['weekly.2.0.end inverted_interval']);
    });

    it('refuses an unknown time zone', async () => {
      const res = await as(admin).post('/admin/sla/calendars', calendar({ timeZone: 'Mars/Olympus_Mons' })).expect(400);
      expect(fields(res)).toEqual(['timeZone unknown_time_zone']);
    });

    it('refuses a holiday that is also a make-up day', async () => {
      const overrides = [{ date: '2026-10-10', kind: 'holiday' }, { date: '2026-10-10', kind: 'working' }];
      const res = await as(admin).post('/admin/sla/calendars', calendar({ overrides })).expect(400);
      expect(fields(res)).toEqual(['overrides.1.date duplicate_date']);
      const days = await as(admin).post('/admin/sla/calendars/cn-workdays/days', { days: overrides }).expect(400);
      expect(fields(days)).toEqual(['days.1.date duplicate_date']);
    });

    it('refuses targets of zero and an unknown calendar, in English and Chinese titles', async () => {
      const zero = await as(admin).put('/admin/sla/policies/P3', { firstResponseMinutes: 0, resolutionMinutes: 1440, calendarId: 'cn-workdays' }).set('Accept-Language', 'zh-CN').expect(400);
      expect(fields(zero)).toEqual(['firstResponseMinutes too_small']);
      expect(zero.body.title).toBe('请求中有字段无效');
      const unknown = await as(admin).put('/admin/sla/policies/P3', { firstResponseMinutes: 240, resolutionMinutes: 1440, calendarId: 'nowhere' }).expect(400);
      expect(fields(unknown)).toEqual(['calendarId unknown_calendar']);
      const builtIn = await as(admin).delete('/admin/sla/calendars/7x24').set('Accept-Language', 'en').expect(409);
      expect(builtIn.body.title).toBe('The built-in 7×24 calendar cannot be changed or deleted');
    });
  });

  it('when next year’s holidays are added, then open clocks that needed them get due times', async () => {
    now = shanghai('2026-12-28T09:00');
    const filed = await Promise.all([fileTestTicket(app, { priority: 'P4' }), fileTestTicket(app, { priority: 'P4' }), fileTestTicket(app, { priority: 'P4' })]);
    const resolution = async (number: string) =>
      (await as(agent).get(`/tickets/${number}/sla`).expect(200)).body.clocks.find((clock: { kind: string }) => clock.kind === 'resolution');
    expect(await resolution(filed[0]!.number)).toMatchObject({ attention: 'calendar_not_covered', dueAt: null, state: 'on_track' });

    const outside = await as(admin).post('/admin/sla/calendars/cn-workdays/days', { days: [{ date: '2027-01-01', kind: 'holiday' }] }).expect(400);
    expect(fields(outside)).toEqual(['days.0.date outside_coverage']);

    const added = await as(admin)
      .post('/admin/sla/calendars/cn-workdays/days', { days: [{ date: '2027-01-01', kind: 'holiday', name: { 'zh-Hans': '元旦', en: "New Year's Day" } }], coverageUntil: '2027-12-31' })
      .expect(200);
    expect(added.body.coverage).toMatchObject({ until: '2027-12-31', warn: false });
    expect(added.body.recomputed).toBeGreaterThanOrEqual(3);
    // Mon–Thu 12-28…12-31 give 36 hours; 2027-01-01 is a holiday, then the weekend; 4 more on Monday 01-04.
    const clock = await resolution(filed[0]!.number);
    expect(clock).toMatchObject({ attention: null, dueAt: shanghai('2027-01-04T13:00').toISOString() });
    expect(clock.computation.intervals[0]).toEqual({ start: shanghai('2026-12-28T09:00').toISOString(), end: shanghai('2026-12-28T18:00').toISOString() });
    expect(clock.computation.intervals.reduce((sum: number, i: { start: string; end: string }) => sum + Date.parse(i.end) - Date.parse(i.start), 0)).toBe(hours(40));
  });

  it('computes open clocks again in bounded batches, each in its own transaction', async () => {
    now = shanghai('2026-12-09T09:00');
    await Promise.all([1, 2, 3].map(() => fileTestTicket(app, { priority: 'P2' })));
    const open = await db.prisma.slaClock.count({ where: { stoppedAt: null, policy: { priority: 'P2' } } });
    const transactions: number[] = [];
    const admin_ = new SlaAdminRepository(db.prisma);
    const counting = Object.assign(Object.create(admin_), {
      transaction: <T>(work: (tx: TransactionClient) => Promise<T>) => {
        transactions.push(transactions.length);
        return admin_.transaction(work);
      },
    }) as SlaAdminRepository;
    const service = new SlaService({ admin: counting, clocks: new SlaClockRepository(db.prisma), tickets: new TicketRepository(db.prisma), now: () => now, batchSize: 2 });
    const saved = await service.savePolicy('P2', { firstResponseMinutes: 30, resolutionMinutes: 480, calendarId: 'cn-workdays', warnShare: 0.8 });
    expect(saved.recomputed).toBeGreaterThanOrEqual(3);
    expect(transactions.length).toBe(Math.floor(open / 2) + 1);
  });

  it('when a policy’s target changes, then open clocks keep their time used and get new due times', async () => {
    now = shanghai('2026-12-07T09:00');
    const filed = await fileTestTicket(app, { priority: 'P3' });
    now = shanghai('2026-12-07T10:00');
    const saved = await as(admin).put('/admin/sla/policies/P3', { firstResponseMinutes: 120, resolutionMinutes: 1440, calendarId: 'cn-workdays' }).expect(200);
    expect(saved.body).toMatchObject({ firstResponseMinutes: 120, version: 2 });
    expect(saved.body.recomputed).toBeGreaterThanOrEqual(1);
    const sla = await as(agent).get(`/tickets/${filed.number}/sla`).expect(200);
    const first = sla.body.clocks.find((clock: { kind: string }) => clock.kind === 'first_response');
    expect(first).toMatchObject({ targetMinutes: 120, dueAt: shanghai('2026-12-07T11:00').toISOString(), state: 'on_track' });
  });

  it('when two administrators save the same policy from the same version, then the second is refused and nothing of it is saved', async () => {
    const read = await as(admin).get('/admin/sla/policies').expect(200);
    const p4 = read.body.items.find((item: { priority: string }) => item.priority === 'P4');
    const mine = { firstResponseMinutes: 420, resolutionMinutes: 2400, calendarId: 'cn-workdays', version: p4.version };
    const first = await as(admin).put('/admin/sla/policies/P4', mine).expect(200);
    expect(first.body).toMatchObject({ firstResponseMinutes: 420, version: p4.version + 1 });
    const second = await as(admin).put('/admin/sla/policies/P4', { ...mine, firstResponseMinutes: 360 }).expect(409);
    expect(second.body).toMatchObject({ code: 'version_conflict' });
    expect(second.body.detail).toContain(`now at version ${p4.version + 1}`);
    const after = (await as(admin).get('/admin/sla/policies').expect(200)).body.items.find((item: { priority: string }) => item.priority === 'P4');
    expect(after).toMatchObject({ firstResponseMinutes: 420, version: p4.version + 1 });
    // From the version now stored, it goes through; without a version, a script's save applies as before.
    await as(admin).put('/admin/sla/policies/P4', { ...mine, firstResponseMinutes: 480, version: p4.version + 1 }).expect(200);
    await as(admin).put('/admin/sla/policies/P4', { firstResponseMinutes: 480, resolutionMinutes: 2400, calendarId: 'cn-workdays' }).expect(200);
  });

  it('sorts the staff queue by due time, page by page, tickets without a running clock last', async () => {
    now = shanghai('2026-12-08T09:00');
    const later = await fileTestTicket(app, { priority: 'P4' });
    const sooner = await fileTestTicket(app, { priority: 'P1' });
    const seen: { number: string; sla: { dueAt: string | null } | null }[] = [];
    let cursor: string | undefined;
    do {
      const page = await as(agent).get(`/tickets?sort=due&limit=2&status=new,open,pending,resolved,closed${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    const dated = seen.filter((item) => item.sla?.dueAt).map((item) => Date.parse(item.sla!.dueAt!));
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(seen.findIndex((item) => item.number === sooner.number)).toBeLessThan(seen.findIndex((item) => item.number === later.number));
    expect(new Set(seen.map((item) => item.number)).size).toBe(seen.length);
    expect(seen.find((item) => item.number === sooner.number)!.sla).toMatchObject({ state: 'on_track', clock: 'first_response' });
  });

  it('warns on /ready and in the metrics while a calendar in use ends within 60 days, and stays ready', async () => {
    now = shanghai('2026-12-01T09:00');
    const ready = await request(app).get('/ready').expect(200);
    expect(ready.body.sla).toMatchObject({ status: 'ok' });
    const { id: _id, ...prc } = prcWorkingDaysCalendar();
    await as(admin).put('/admin/sla/calendars/cn-workdays', prc).expect(200);
    const warned = await request(app).get('/ready').expect(200);
    expect(warned.body.status).toBe('ready');
    expect(warned.body.sla).toMatchObject({ status: 'warning', calendars: [{ id: 'cn-workdays', daysLeft: 30, warn: true }] });
    expect(warned.body.sla.detail).toContain('cn-workdays');
    const metrics = await request(app).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/handover_sla_calendar_coverage_warning\{calendar="cn-workdays"\} 1/);
    expect(metrics.text).toMatch(/handover_sla_calendar_coverage_days\{calendar="cn-workdays"\} 30/);
  });
});
