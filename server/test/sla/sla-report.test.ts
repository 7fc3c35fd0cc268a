import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { testApp } from '../support/app.js';
import { migratedDatabase } from '../support/database.js';
import { createStaff, type TestStaff } from '../support/staff.js';
import { fileTestTicket, ticketTestConfig } from '../support/ticket-api.js';

const shanghai = (local: string) => new Date(`${local}+08:00`);

/**
 * The SLA compliance report over real clocks: tickets filed and answered through the API on an injected clock, the
 * report read back as JSON and as CSV.
 */
describe('SLA compliance report', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let admin: TestStaff;
  let agent: TestStaff;
  let now = shanghai('2026-11-02T09:00');

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig(), now: () => now });
    admin = await createStaff(db.prisma, { role: 'admin', name: '王管理' });
    agent = await createStaff(db.prisma, { name: '=HYPERLINK("http://evil.example")' });

    const reply = async (number: string, at: string) => {
      now = shanghai(at);
      await request(app).post(`/api/v1/tickets/${number}/messages`).set('Authorization', agent.bearer).send({ body: '收到，正在处理。' }).expect(201);
    };
    // Monday 2 November: three P2s (first response 1 business hour) and one P3 (4 business hours).
    now = shanghai('2026-11-02T09:00');
    const fast = await fileTestTicket(app, { priority: 'P2', category: 'defect' });
    const late = await fileTestTicket(app, { priority: 'P2', category: 'defect' });
    const waiting = await fileTestTicket(app, { priority: 'P2', category: 'how-to' });
    const p3 = await fileTestTicket(app, { priority: 'P3', category: 'how-to' });
    const version = async (number: string) => (await request(app).get(`/api/v1/tickets/${number}`).set('Authorization', admin.bearer)).body.version as number;
    await request(app).patch(`/api/v1/tickets/${fast.number}`).set('Authorization', admin.bearer).send({ version: await version(fast.number), assigneeId: agent.id }).expect(200);
    await reply(fast.number, '2026-11-02T09:30'); // met: 0.5 business hours
    await reply(late.number, '2026-11-02T11:00'); // breached: 2 business hours
    await reply(p3.number, '2026-11-02T13:00'); // met: 4 business hours, on the dot
    // A ticket of the next month is outside the period.
    now = shanghai('2026-12-01T10:00');
    await fileTestTicket(app, { priority: 'P2' });
    now = shanghai('2026-12-02T10:00');
    void waiting;
  });
  afterAll(() => close());

  const report = (query: string, headers: Record<string, string> = {}) => request(app).get(`/api/v1/admin/sla/report${query}`).set('Authorization', admin.bearer).set(headers);

  it('when an administrator asks for November by priority, then each target counts met, breached and open with business hours', async () => {
    const res = await report('?from=2026-11-01&to=2026-11-30').expect(200);
    expect(res.body).toMatchObject({ from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai', by: 'priority' });
    const row = (value: string, target: string) => res.body.rows.find((r: { value: string; target: string }) => r.value === value && r.target === target);
    expect(row('P2', 'first_response')).toEqual({ dimension: 'priority', value: 'P2', target: 'first_response', met: 1, breached: 2, open: 0, compliance: 1 / 3, medianHours: 2, p90Hours: 199 });
    // The unanswered one counts the business hours it has run: 21 working days of November, 1 December and an hour.
    expect(row('P3', 'first_response')).toMatchObject({ met: 1, breached: 0, open: 0, compliance: 1, medianHours: 4 });
    // Nobody resolved anything: the resolution clocks still run (P2's 8 business hours have passed by December).
    expect(row('P2', 'resolution')).toMatchObject({ met: 0, breached: 3, open: 0 });
    expect(res.body.totals.first_response).toEqual({ met: 2, breached: 2, open: 0, compliance: 0.5 });
  });

  it('when grouped by agent or category, then unassigned tickets form their own row', async () => {
    const byAgent = await report('?from=2026-11-01&to=2026-11-30&by=agent').expect(200);
    const firstResponse = byAgent.body.rows.filter((r: { target: string }) => r.target === 'first_response');
    expect(firstResponse.map((r: { value: string | null; met: number; breached: number }) => [r.value, r.met, r.breached])).toEqual([
      ['=HYPERLINK("http://evil.example")', 1, 0],
      [null, 1, 2],
    ]);
    const byCategory = await report('?from=2026-11-01&to=2026-11-30&by=category').expect(200);
    expect(byCategory.body.rows.filter((r: { target: string }) => r.target === 'first_response').map((r: { value: string }) => r.value)).toEqual(['defect', 'how-to']);
  });

  it('when exported as CSV, then the headings follow the reader, Chinese starts with a BOM, and formulas are defused', async () => {
    const en = await request(app).get('/api/v1/admin/sla/report.csv?from=2026-11-01&to=2026-11-30&by=agent').set('Authorization', admin.bearer).set('Accept-Language', 'en').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    expect(en.status).toBe(200);
    expect(en.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(en.headers['content-disposition']).toBe('attachment; filename=sla-agent-2026-11-01-2026-11-30.csv');
    const lines = (en.body as string).trim().split('\n');
    expect(lines[0]).toBe('dimension,value,target,met,breached,open,compliance,median business hours,p90 business hours');
    expect(lines).toContain(`agent,"'=HYPERLINK(""http://evil.example"")",first_response,1,0,0,1,0.5,0.5`);
    const zh = await request(app).get('/api/v1/admin/sla/report.csv?from=2026-11-01&to=2026-11-30').set('Authorization', admin.bearer).set('Accept-Language', 'zh-CN').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect([...(zh.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((zh.body as Buffer).toString('utf8').slice(1).split('\n')[0]).toBe('维度,值,目标,达标,超时,进行中,达标率,中位数（工作小时）,90 分位（工作小时）');
  });

  it('when the period is backwards, too long, not a real date or missing, then the field at fault is named', async () => {
    const fieldOf = async (query: string) => {
      const res = await report(query).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return (res.body.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);
    };
    expect(await fieldOf('?from=2026-12-01&to=2026-11-01')).toEqual(['from:after_to']);
    expect(await fieldOf('?from=2025-01-01&to=2026-11-01')).toEqual(['to:period_too_long']);
    expect((await fieldOf('?from=2026-02-30&to=2026-03-01'))[0]).toMatch(/^from:/);
    expect((await fieldOf('?to=2026-03-01'))[0]).toMatch(/^from:/);
    expect((await fieldOf('?from=2026-11-01&to=2026-11-30&by=team'))[0]).toMatch(/^by:/);
  });

  it('when an agent asks, then it is refused', async () => {
    await request(app).get('/api/v1/admin/sla/report?from=2026-11-01&to=2026-11-30').set('Authorization', agent.bearer).expect(403);
  });
});
