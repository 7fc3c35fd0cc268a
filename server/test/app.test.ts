import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { readMigrations, type Migration } from '../src/db/migrations.js';
import { problemHandler } from '../src/http/problem.js';
import { requestLogger } from '../src/http/request-log.js';
import { migratedDatabase } from './support/database.js';
import { testConfig } from './support/app.js';
import { captureLogger } from './support/logger.js';

const config = testConfig();

describe('the HTTP application on a migrated database', () => {
  let db: Database;
  let close: () => Promise<void>;
  const log = captureLogger();
  let app: express.Express;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = createApp({ config, logger: log.logger, db, migrations: readMigrations() });
  });
  afterAll(() => close());

  it('answers liveness without touching the database', async () => {
    const res = await request(app).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await request(app).get('/ready').expect(200);
    expect(res.body).toEqual({
      status: 'ready',
      database: 'ok',
      migrations: { applied: readMigrations().length, pending: 0 },
      // Nothing has searched yet, and no background indexer runs in a bare app: the index is not built.
      search: { engine: 'embedded', status: 'starting', documents: 0 },
      // Whether it warns depends on today's date against the seeded calendar's coverage (test/sla/ fixes the clock).
      sla: expect.objectContaining({ status: expect.stringMatching(/^(ok|warning)$/), calendars: [expect.objectContaining({ id: 'cn-workdays' })] }),
    });
  });

  it('is not ready, naming the migration, when a committed migration is not applied', async () => {
    const extra: Migration = { name: '29990101000000_future', sql: 'SELECT 1', checksum: 'x' };
    const lagging = createApp({ config, logger: log.logger, db, migrations: [...readMigrations(), extra] });
    const res = await request(lagging).get('/ready').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'not_ready', status: 503 });
    expect(res.body.detail).toContain('29990101000000_future');
  });

  it('answers unknown API routes with a problem document in the reader’s language', async () => {
    const zh = await request(app).get('/api/v1/no-such-thing').expect(404);
    expect(zh.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(zh.body).toMatchObject({
      type: 'https://support.example.com/docs/api/errors#not_found',
      title: '未找到',
      status: 404,
      code: 'not_found',
      instance: '/api/v1/no-such-thing',
    });
    const en = await request(app).get('/api/v2/tickets?token=secret').set('Accept-Language', 'en-GB,en;q=0.8').expect(404);
    expect(en.body).toMatchObject({ type: 'https://support.example.com/en/docs/api/errors#not_found', title: 'Not found' });
    expect(en.body.instance).toBe('/api/v2/tickets');
    expect(en.headers['content-language']).toBe('en');
  });

  it('describes itself at the API root', async () => {
    const res = await request(app).get('/api/v1').expect(200);
    expect(res.body).toMatchObject({ name: 'Handover', documentation: 'https://support.example.com/docs/api' });
  });

  it('turns a malformed JSON body into malformed_json, not a 500', async () => {
    const res = await request(app).post('/api/v1/anything').set('Content-Type', 'application/json').send('{"subject": 工单');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
  });

  it('refuses an oversized body with payload_too_large', async () => {
    const body = JSON.stringify({ description: '日志'.repeat(400_000) });
    const res = await request(app).post('/api/v1/anything').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('refuses other methods on the probes with 405 and an Allow header', async () => {
    const res = await request(app).post('/ready').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body.code).toBe('method_not_allowed');
  });

  it('falls back to a problem document for any path when no site is built', async () => {
    const res = await request(app).get('/docs/intro').expect(404);
    expect(res.body.code).toBe('not_found');
  });

  it('keeps a sane caller request id, replaces a hostile one, and logs every request with it and no secrets', async () => {
    const kept = await request(app).get('/api/v1').set('X-Request-Id', 'lb-7f3a.42');
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42');
    const replaced = await request(app).get('/api/v1').set('X-Request-Id', 'evil id/..;drop'.padEnd(300, 'x'));
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    await request(app).get('/api/v1/x?token=abc123').set('Authorization', 'Bearer hunter2-token').set('Cookie', 'sid=s3cr3t');
    const requestLines = log.lines.filter((line) => line.req);
    expect(requestLines.length).toBeGreaterThanOrEqual(3);
    for (const line of requestLines) expect((line.req as { id?: string }).id).toBeTruthy();
    expect(requestLines.map((line) => (line.req as { id: string }).id)).toContain('lb-7f3a.42');
    const everything = JSON.stringify(log.lines);
    for (const secret of ['hunter2-token', 's3cr3t', 'abc123']) expect(everything).not.toContain(secret);
  });

  it('exposes a request-duration histogram labelled by route pattern, and process metrics', async () => {
    await request(app).get('/health');
    const res = await request(app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health",status_code="200"\} \d+/);
    expect(res.text).toMatch(/route="unmatched",status_code="404"/);
    expect(res.text).not.toContain('token=');
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toContain('nodejs_heap_size_used_bytes');
  });

  it('reports not ready when the database is gone', async () => {
    const broken: Database = { ...db, withConnection: () => Promise.reject(new Error('connection refused')) };
    const res = await request(createApp({ config, logger: log.logger, db: broken, migrations: readMigrations() }))
      .get('/ready')
      .expect(503);
    expect(res.body).toMatchObject({ code: 'not_ready', detail: 'The database is unreachable.' });
  });
});

describe('the error middleware', () => {
  it('hides an unexpected error behind internal_error and logs it once with the request id', async () => {
    const log = captureLogger();
    const app = express();
    app.use(requestLogger(log.logger));
    app.get('/boom', () => {
      throw new Error('database password is hunter2');
    });
    app.use(problemHandler('http://localhost:8000'));
    const res = await request(app).get('/boom').set('Accept-Language', 'en').expect(500);
    expect(res.body).toMatchObject({ code: 'internal_error', title: 'Internal server error' });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    const errors = log.lines.filter((line) => line.level >= 50);
    expect(errors).toHaveLength(1);
    expect((errors[0]!.req as { id: string }).id).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(errors[0]!.err)).toContain('hunter2'); // the operator sees the cause; the client does not
  });

  it('maps zod failures to validation_failed with each field', async () => {
    const { z } = await import('zod');
    const app = express();
    app.use(express.json());
    app.post('/things', (req, res) => {
      res.json(z.object({ subject: z.string().min(3), priority: z.enum(['P1', 'P2']) }).parse(req.body));
    });
    app.use(problemHandler('http://localhost:8000'));
    const res = await request(app).post('/things').send({ subject: '工', priority: 'P9' }).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['priority', 'subject']);
  });
});
