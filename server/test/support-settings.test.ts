import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';

describe('what a support form reads from the server', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, {
      config: testConfig({
        TICKET_CATEGORIES: 'deployment,billing',
        TICKET_PUBLIC_TAGS: '登录,upgrade',
        ATTACHMENT_MAX_BYTES: '1048576',
        SUPPORT_HOTLINE: '+86 400 800 1234',
        SUPPORT_EMAIL: 'support@example.com',
        SUPPORT_FORUM_URL: 'https://forum.example.com',
      }),
    });
  });
  afterAll(() => close());

  it('lists categories, priorities with both languages’ definitions, limits and channels, to anyone', async () => {
    const res = await request(app).get('/api/v1/support/settings').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body.categories).toEqual([
      { id: 'deployment', name: { 'zh-Hans': '部署与升级', en: 'Deployment and upgrades' } },
      { id: 'billing', name: { 'zh-Hans': 'billing', en: 'billing' } },
    ]);
    expect(res.body.priorities.map((p: { id: string; clock: string }) => [p.id, p.clock])).toEqual([
      ['P1', 'around-the-clock'],
      ['P2', 'support-hours'],
      ['P3', 'support-hours'],
      ['P4', 'support-hours'],
    ]);
    expect(res.body.priorities[0].meaning['zh-Hans']).toContain('生产环境');
    expect(res.body.publicTags).toEqual(['登录', 'upgrade']);
    expect(res.body.uploads).toEqual({ maxFileBytes: 1048576, maxFiles: 10, allowedTypes: expect.arrayContaining(['text/plain', 'application/pdf']) });
    expect(res.body.channels).toEqual({
      hotline: { phone: '+86 400 800 1234', days: 'working-days', start: '09:00', end: '18:00' },
      emergency: { phone: null, hours: '7x24', priorities: ['P1'] },
      email: 'support@example.com',
      ticketsUrl: 'https://support.example.com/support/new',
      forumUrl: 'https://forum.example.com',
      remoteAssistUrl: null,
    });
    expect(res.body.timeZone).toBe('Asia/Shanghai');
  });

  it('names the configured categories in the served OpenAPI document, so an integrator’s first filing is valid', async () => {
    const doc = (await request(app).get('/api/v1/openapi.json').expect(200)).body;
    const filing = doc.paths['/tickets'].post.requestBody.content['application/json'].schema;
    expect(filing.properties.category.enum).toEqual(['deployment', 'billing']);
    const filter = doc.paths['/tickets'].get.parameters.find((p: { name: string }) => p.name === 'category');
    expect(filter.schema.enum).toEqual(['deployment', 'billing']);
  });

  it('counts errors in /metrics under the full route pattern, mount prefix included', async () => {
    const agent = await createStaff(db.prisma);
    await request(app).get('/api/v1/tickets/HO-999999').set('Authorization', agent.bearer).expect(404);
    await request(app).get('/api/v1/tickets').expect(401);
    const metrics = (await request(app).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/route="\/api\/v1\/tickets\/:number",status_code="404"/);
    expect(metrics).toMatch(/route="\/api\/v1\/tickets",status_code="401"/);
    expect(metrics).not.toMatch(/route="\/tickets/);
  });
});
