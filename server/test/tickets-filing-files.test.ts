import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { someIp, ticketBody, ticketTestConfig } from './support/ticket-api.js';

const log = Buffer.from('2026-11-25T08:00:00Z ERROR 数据库连接超时 (pool exhausted)\n'.repeat(20));

describe('filing a ticket with its logs attached (multipart)', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig({ ATTACHMENT_MAX_BYTES: '4096' }) });
  });
  afterAll(() => close());

  const fileWith = (files: [Buffer, string][], body: unknown = ticketBody()) => {
    const req = request(app).post('/api/v1/tickets').set('X-Forwarded-For', someIp()).field('ticket', JSON.stringify(body));
    for (const [content, name] of files) req.attach('files', content, name);
    return req;
  };

  it('stores the files with the ticket, typed by content, and shows them to the link holder', async () => {
    const res = await fileWith([[log, '应用日志.log'], [Buffer.from('{"pool": 5}'), 'config.json']]).expect(201);
    const conversation = await request(app)
      .get(`/api/v1/tickets/${res.body.number}/messages`)
      .set('Authorization', `Bearer ${res.body.trackingToken}`)
      .expect(200);
    const files = conversation.body.attachments as { filename: string; contentType: string; sha256: string; size: number }[];
    expect(files.map((f) => [f.filename, f.contentType.split(';')[0]]).sort()).toEqual([
      ['config.json', 'application/json'],
      ['应用日志.log', 'text/plain'],
    ]);
    const stored = files.find((f) => f.filename === '应用日志.log')!;
    expect(stored.sha256).toBe(createHash('sha256').update(log).digest('hex'));
    expect(stored.size).toBe(log.length);
  });

  it('files nothing at all when one of the files is refused', async () => {
    const before = await db.prisma.ticket.count();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const res = await fileWith([[log, 'app.log'], [exe, 'report.pdf']]);
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('attachment_type_not_allowed');
    const tooBig = await fileWith([[Buffer.alloc(5000, 0x61), 'big.log']]);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('attachment_too_large');
    expect(await db.prisma.ticket.count()).toBe(before);
  });

  it('validates the ticket part like a JSON submission and names the field', async () => {
    const res = await fileWith([[log, 'app.log']], ticketBody({ priority: 'P9' })).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['priority']);
    const missing = await request(app).post('/api/v1/tickets').set('X-Forwarded-For', someIp()).attach('files', log, 'app.log').expect(400);
    expect(missing.body.errors[0].field).toBe('ticket');
  });

  it('takes the docs page the ticket was filed from in the ticket part, checked as in a JSON submission', async () => {
    const page = { title: '备份与恢复', url: '/docs/operations/backup#restore', version: 'next' };
    const res = await fileWith([[log, 'backup.log']], ticketBody({ context: page })).expect(201);
    expect(res.body.context).toEqual(page);
    const stored = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(res.body.number.slice(3)) }, include: { attachments: true } });
    expect(stored).toMatchObject({ contextTitle: page.title, contextUrl: page.url, contextVersion: 'next' });
    expect(stored.attachments).toHaveLength(1);

    const refused = await fileWith([[log, 'backup.log']], ticketBody({ context: { ...page, url: 'javascript:alert(1)' } })).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['context.url']);
  });
});
