import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import type { SearchIndexer } from '../src/search/indexer.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { siteDir } from './support/portal.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig } from './support/ticket-api.js';

const config = ticketTestConfig({ SITE_DIR: siteDir });

describe('knowledge-base search over the API', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let admin: TestStaff;
  let ticket: string;
  /** A word only this file's ticket holds. */
  const marker = `quasar${randomUUID().slice(0, 6)}`;
  const search = (query: string, bearer?: string) => {
    const req = request(app).get(`/api/v1/search?${query}`);
    if (bearer) req.set('Authorization', bearer);
    return req;
  };
  const indexer = () => app.locals.search as SearchIndexer;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config });
    agent = await createStaff(db.prisma);
    admin = await createStaff(db.prisma, { role: 'admin' });
    ({ number: ticket } = await fileTestTicket(app, { subject: `VPN ${marker} 断开`, description: '夜间备份失败以后 VPN 断开。', tags: ['vpn'] }, {}, agent.bearer));
    await request(app).post(`/api/v1/tickets/${ticket}/messages`).set('Authorization', agent.bearer).send({ body: `内部：怀疑防火墙 ${marker}firewall 规则`, visibility: 'internal' }).expect(201);
    await indexer().settle(10_000);
  });
  afterAll(() => close());

  it('gives anyone the manuals, FAQ and articles of both languages, the reader’s first, with highlighted snippets', async () => {
    const res = await search('q=备份 校验和&locale=zh-Hans').expect(200);
    expect(res.body.engine).toBe('embedded');
    expect(res.body.hits[0]).toMatchObject({ type: 'doc', url: '/docs/operations/backup', locale: 'zh-Hans', section: 'operations' });
    const hit = res.body.hits[0];
    const marked = hit.highlights.map((h: { start: number; end: number }) => hit.snippet.slice(h.start, h.end));
    expect(marked.some((text: string) => text.includes('备份') || text.includes('校验和'))).toBe(true);
    expect(res.body.hits.every((h: { type: string }) => h.type !== 'ticket')).toBe(true);
    const english = await search('q=backup checksum&locale=en').expect(200);
    expect(english.body.hits[0].url).toBe('/en/docs/operations/backup');
    expect(english.body.facets.locale['zh-Hans']).toBeGreaterThan(0);
  });

  it('finds English pages despite a typo', async () => {
    const res = await search('q=deploymnet kubernetes&locale=en').expect(200);
    expect(res.body.hits.slice(0, 3).map((h: { url: string }) => h.url)).toContain('/en/docs/operations/deploy');
  });

  it('filters by type, section and tag, and counts facets', async () => {
    const faq = await search('q=邮件&type=faq').expect(200);
    expect(faq.body.hits.length).toBeGreaterThan(0);
    expect(faq.body.hits.every((h: { type: string; section: string }) => h.type === 'faq' && h.section === 'faq')).toBe(true);
    const ops = await search('q=备份&section=operations').expect(200);
    expect(ops.body.hits.every((h: { section: string }) => h.section === 'operations')).toBe(true);
    const all = await search('q=备份').expect(200);
    expect(all.body.facets.section.operations).toBeGreaterThan(0);
  });

  it('shows tickets to staff only, internal notes included, and never to anonymous callers', async () => {
    expect((await search(`q=${marker}`).expect(200)).body.hits).toEqual([]);
    await search(`q=${marker}&type=ticket`).expect(401);
    const staff = await search(`q=${marker}`, agent.bearer).expect(200);
    expect(staff.body.hits[0]).toMatchObject({ type: 'ticket', number: ticket, url: `/console/tickets/${ticket}`, status: 'new' });
    const note = await search(`q=${marker}firewall`, agent.bearer).expect(200);
    expect(note.body.hits[0]).toMatchObject({ number: ticket, internal: true });
    expect(note.body.hits[0].snippet).toContain('防火墙');
  });

  it('follows ticket changes through the pipeline: a status change is searchable by status', async () => {
    const current = await request(app).get(`/api/v1/tickets/${ticket}`).set('Authorization', agent.bearer).expect(200);
    await request(app).patch(`/api/v1/tickets/${ticket}`).set('Authorization', agent.bearer).send({ version: current.body.version, status: 'open' }).expect(200);
    await indexer().settle(10_000);
    expect((await search(`q=${marker}&status=open`, agent.bearer).expect(200)).body.hits.map((h: { number: string }) => h.number)).toEqual([ticket]);
    expect((await search(`q=${marker}&status=new`, agent.bearer).expect(200)).body.hits).toEqual([]);
  });

  it.each([
    ['an empty query', 'q=', 'q'],
    ['a query of spaces', 'q=%20%20', 'q'],
    ['an over-long query', `q=${'备份'.repeat(101)}`, 'q'],
    ['an unknown type', 'q=备份&type=video', 'type'],
    ['an unknown section', 'q=备份&section=marketing', 'section'],
    ['an unknown locale', 'q=备份&locale=fr', 'locale'],
    ['a limit above 50', 'q=备份&limit=51', 'limit'],
  ])('refuses %s with a field error, never a 500', async (_name, query, field) => {
    const res = await search(query).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field.split('.')[0])).toContain(field);
  });

  it('names the allowed values of a filter it refuses', async () => {
    const res = await search('q=备份&type=video').expect(400);
    const message = res.body.errors.find((e: { field: string }) => e.field.startsWith('type')).message as string;
    for (const allowed of ['doc', 'faq', 'article', 'ticket']) expect(message).toContain(allowed);
  });

  it.each([['punctuation', '？！。，…'], ['emoji', '🙂🎉🔥'], ['only stop words', 'the of 的 了']])('answers %s with an empty result', async (_name, q) => {
    const res = await search(`q=${encodeURIComponent(q)}`).expect(200);
    expect(res.body).toMatchObject({ total: 0, hits: [] });
  });

  it('suggests at most five articles for what a customer writes, never tickets', async () => {
    const res = await request(app).get(`/api/v1/search/suggestions?q=${encodeURIComponent(`找不到工单的跟踪链接 ${marker}`)}&locale=zh-Hans`).expect(200);
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    expect(res.body.suggestions.length).toBeLessThanOrEqual(5);
    expect(res.body.suggestions.map((s: { url: string }) => s.url)).toContain('/docs/faq/lost-tracking-link');
    expect(res.body.suggestions.every((s: { type: string }) => s.type !== 'ticket')).toBe(true);
    expect((await request(app).get('/api/v1/search/suggestions?q=%F0%9F%99%82').expect(200)).body).toEqual({ suggestions: [] });
  });

  it('stores the suggestions with a ticket filed anyway, and staff see them', async () => {
    const suggestions = [
      { url: '/docs/faq/lost-tracking-link', title: '找不到跟踪链接', type: 'faq', clicked: true },
      { url: '/docs/user-guide/tracking', title: '跟踪工单', type: 'doc', clicked: false },
    ];
    const filed = await fileTestTicket(app, { subject: `链接丢了 ${marker}`, suggestions });
    const staffView = await request(app).get(`/api/v1/tickets/${filed.number}`).set('Authorization', agent.bearer).expect(200);
    expect(staffView.body.suggestions).toEqual(suggestions);
    const bad = await request(app).post('/api/v1/tickets').set('X-Forwarded-For', '10.9.9.9').send({ subject: 'x', description: 'y', priority: 'P3', category: 'other', requester: { email: 'a@example.com', name: 'A' }, suggestions: [{ url: 'https://evil.example/', title: 't', type: 'doc', clicked: false }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('suggestions.0.url');
  });

  it('counts searches, zero results, clicks and deflections in the admin report and on /metrics', async () => {
    const nothing = `zzqx${randomUUID().slice(0, 6)}`;
    await search(`q=${nothing}&source=site`).expect(200);
    await search(`q=${nothing}&source=site`).expect(200);
    await request(app).post('/api/v1/search/events').send({ kind: 'click', source: 'site', query: '备份', locale: 'zh-Hans', url: '/docs/operations/backup' }).expect(204);
    await request(app).post('/api/v1/search/events').send({ kind: 'deflection', source: 'portal', query: '找不到链接', locale: 'zh-Hans', url: '/docs/faq/lost-tracking-link' }).expect(204);
    await new Promise((resolve) => setImmediate(resolve));
    const day = new Date().toISOString().slice(0, 10);
    const report = await request(app).get(`/api/v1/admin/search-report?from=${day}&to=${day}`).set('Authorization', admin.bearer).expect(200);
    expect(report.body.notFound).toContainEqual(expect.objectContaining({ query: nothing, searches: 2, zeroResults: 2 }));
    expect(report.body.totals.deflections).toBeGreaterThanOrEqual(1);
    expect(report.body.totals.clicks).toBeGreaterThanOrEqual(1);
    // The filing with suggestions counted its subject as a portal search.
    expect(report.body.top.some((row: { query: string }) => row.query === `链接丢了 ${marker}`.toLowerCase())).toBe(true);
    await request(app).get(`/api/v1/admin/search-report?from=${day}&to=${day}`).set('Authorization', agent.bearer).expect(403);
    const inverted = await request(app).get('/api/v1/admin/search-report?from=2026-12-02&to=2026-11-01').set('Authorization', admin.bearer).expect(400);
    expect(inverted.body.errors[0].field).toBe('from');
    await indexer().settle(10_000);
    const metrics = await request(app).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/handover_search_queries_total\{source="site",outcome="zero"\} [1-9]/);
    expect(metrics.text).toMatch(/handover_search_deflections_total [1-9]/);
    expect(metrics.text).toMatch(/handover_search_index_lag_changes 0/);
  });

  it('refuses a click on an address outside the site', async () => {
    const res = await request(app).post('/api/v1/search/events').send({ kind: 'click', source: 'site', query: 'x', locale: 'en', url: 'https://evil.example' }).expect(400);
    expect(res.body.errors[0].field).toBe('url');
  });

  it('limits anonymous searching per address, never staff', async () => {
    const from = (ip: string) => request(app).get('/api/v1/search/suggestions?q=备份').set('X-Forwarded-For', ip);
    for (let i = 0; i < 240; i += 1) await from('10.20.30.40').expect(200);
    const refused = await from('10.20.30.40').expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
    await from('10.20.30.41').expect(200);
    await search('q=备份', agent.bearer).set('X-Forwarded-For', '10.20.30.40').expect(200);
  });

  it('reports the index on /ready: documents and no lag once caught up', async () => {
    await indexer().settle(10_000);
    const res = await request(app).get('/ready').expect(200);
    expect(res.body.status).toBe('ready');
    expect(res.body.search).toMatchObject({ engine: 'embedded', status: 'ok', lag: { changes: 0, oldestSeconds: 0 } });
    expect(res.body.search.documents).toBeGreaterThan(100);
  });

  it('reports the lag before a change is applied', async () => {
    await fileTestTicket(app, { subject: `lag ${marker}` }, {}, agent.bearer);
    const res = await request(app).get('/ready').expect(200);
    expect(res.body.search.lag.changes).toBeGreaterThan(0);
    await indexer().settle(10_000);
    expect((await request(app).get('/ready').expect(200)).body.search.lag.changes).toBe(0);
  });
});

describe('search with Meilisearch configured but unreachable', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    // Port 9 (discard) on loopback: nothing listens, every call is refused at once.
    app = testApp(db, { config: ticketTestConfig({ SITE_DIR: siteDir, MEILI_URL: 'http://127.0.0.1:9', MEILI_API_KEY: 'a-key-of-sixteen-chars' }) });
  });
  afterAll(() => close());

  it('answers search with 503 search_unavailable as problem+json', async () => {
    const res = await request(app).get('/api/v1/search?q=备份').expect(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('search_unavailable');
  });

  it('says /ready is degraded, still answering 200', async () => {
    const res = await request(app).get('/ready').expect(200);
    expect(res.body).toMatchObject({ status: 'degraded', search: { engine: 'meilisearch', status: 'unavailable' } });
  });

  it('keeps taking tickets, and their index changes wait in the outbox', async () => {
    const { number } = await fileTestTicket(app, { subject: 'Meilisearch 不可用时提交' });
    expect(number).toMatch(/^HO-\d+$/);
    const [row] = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM search_index_changes`;
    expect(Number(row?.n)).toBeGreaterThan(0);
  });
});
