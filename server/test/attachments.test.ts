import { createHash } from 'node:crypto';
import express, { type Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readBodyWithFiles, uploadLimits } from '../src/attachments/multipart.js';
import { prepareAttachments, storeAttachments } from '../src/attachments/service.js';
import { UploadBudget } from '../src/http/upload-budget.js';
import type { Database } from '../src/db/database.js';
import { problemHandler } from '../src/http/problem.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { createMagicLink, createTicket, type TestTicket } from './support/tickets.js';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR-fake-image-data')]);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const windowsProgram = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0x90)]);
const log = Buffer.from('2030-01-01T00:00:00Z ERROR 数据库连接失败: connection refused\n');
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Collects any response body as bytes, whatever its Content-Type. */
function bytes(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('attachments on replies and notes', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let deactivated: TestStaff;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db);
    agent = await createStaff(db.prisma);
    deactivated = await createStaff(db.prisma, { active: false });
  });
  afterAll(() => close());

  const post = (target: Express, ticket: TestTicket, auth: string, fields: Record<string, string> = { body: 'See attached.' }) => {
    const req = request(target).post(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', auth);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req;
  };
  const stored = async (ticket: TestTicket) => ({
    messages: await db.prisma.message.count({ where: { ticketId: ticket.id } }),
    attachments: await db.prisma.attachment.count({ where: { ticketId: ticket.id } }),
    events: await db.prisma.ticketEvent.count({ where: { ticketId: ticket.id } }),
  });
  const download = (url: string, auth?: string) => {
    const req = request(app).get(url).buffer(true).parse(bytes);
    return auth ? req.set('Authorization', auth) : req;
  };

  describe('uploading', () => {
    it('stores files with the type their content shows, a neutralised name, the size and the SHA-256', async () => {
      const ticket = await createTicket(db.prisma);
      const res = await post(app, ticket, ticket.bearer)
        .attach('files', log, { filename: '日志.log', contentType: 'application/octet-stream' })
        .attach('files', png, { filename: '../../etc/passwd', contentType: 'text/html' })
        .attach('files', Buffer.from('{"error": "timeout", "ms": 30000}'), { filename: 'result.txt' })
        .expect(201);
      expect(res.body.attachments).toEqual([
        { id: expect.any(String), filename: '日志.log', contentType: 'text/plain', size: log.length, sha256: sha256(log), url: expect.any(String) },
        { id: expect.any(String), filename: 'passwd.png', contentType: 'image/png', size: png.length, sha256: sha256(png), url: expect.any(String) },
        expect.objectContaining({ filename: 'result.txt', contentType: 'application/json' }),
      ]);
      const [first] = res.body.attachments;
      expect(first.url).toBe(`/api/v1/tickets/${ticket.reference}/attachments/${first.id}`);
      const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: first.id } });
      expect(row).toMatchObject({ messageId: res.body.id, ticketId: ticket.id, sha256: sha256(log) });
      expect(Buffer.from(row.content).equals(log)).toBe(true);

      const events = await db.prisma.ticketEvent.findMany({ where: { ticketId: ticket.id, type: 'attachment_added' } });
      expect(events).toHaveLength(3);
      expect(events.map((e) => (e.after as { visibility: string }).visibility)).toEqual(['public', 'public', 'public']);
    });

    it('refuses a disguised program (MZ bytes named report.pdf, claimed application/pdf) with 415 and stores nothing', async () => {
      const ticket = await createTicket(db.prisma);
      const res = await post(app, ticket, ticket.bearer)
        .attach('files', pdf, { filename: 'fine.pdf', contentType: 'application/pdf' })
        .attach('files', windowsProgram, { filename: 'report.pdf', contentType: 'application/pdf' })
        .expect(415);
      expect(res.body.code).toBe('attachment_type_not_allowed');
      expect(res.body.detail).toContain('report.pdf');
      expect(await stored(ticket)).toEqual({ messages: 0, attachments: 0, events: 0 });
    });

    it('refuses ELF binaries, shebang scripts and unknown binary data with 415', async () => {
      const ticket = await createTicket(db.prisma);
      const refused = [
        Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]),
        Buffer.from('#!/bin/sh\nrm -rf /\n'),
        Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe]),
      ];
      for (const content of refused) {
        const res = await post(app, ticket, ticket.bearer).attach('files', content, { filename: 'notes.txt', contentType: 'text/plain' });
        expect(res.status).toBe(415);
        expect(res.body.code).toBe('attachment_type_not_allowed');
      }
      expect(await stored(ticket)).toEqual({ messages: 0, attachments: 0, events: 0 });
    });

    it('refuses an empty file with empty_attachment', async () => {
      const ticket = await createTicket(db.prisma);
      const res = await post(app, ticket, ticket.bearer).attach('files', Buffer.alloc(0), 'empty.log').expect(400);
      expect(res.body.code).toBe('empty_attachment');
      expect(await stored(ticket)).toEqual({ messages: 0, attachments: 0, events: 0 });
    });

    it('refuses a file over the configured size with 413 while streaming, and stores nothing of the message', async () => {
      const small = testApp(db, { config: testConfig({ ATTACHMENT_MAX_BYTES: '1024' }) });
      const ticket = await createTicket(db.prisma);
      await post(small, ticket, ticket.bearer).attach('files', Buffer.alloc(1024, 'a'), 'exactly-the-limit.txt').expect(201);
      const res = await post(small, ticket, ticket.bearer, { body: 'too big' })
        .attach('files', log, 'small.log')
        .attach('files', Buffer.alloc(4 * 1024 * 1024, 'a'), 'huge.log')
        .set('Accept-Language', 'en');
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'attachment_too_large', title: 'An attached file is too large' });
      expect(res.body.detail).toContain('huge.log');
      expect(await stored(ticket)).toMatchObject({ messages: 1, attachments: 1 });
    });

    it('refuses more files than the configured count with too_many_attachments', async () => {
      const few = testApp(db, { config: testConfig({ ATTACHMENT_MAX_FILES: '2' }) });
      const ticket = await createTicket(db.prisma);
      const res = await post(few, ticket, ticket.bearer)
        .attach('files', log, 'a.log')
        .attach('files', log, 'b.log')
        .attach('files', log, 'c.log')
        .expect(400);
      expect(res.body.code).toBe('too_many_attachments');
      expect(await stored(ticket)).toEqual({ messages: 0, attachments: 0, events: 0 });
    });

    it('refuses a multipart body without a boundary, and a link holder’s internal note with files', async () => {
      const ticket = await createTicket(db.prisma);
      const broken = await request(app)
        .post(`/api/v1/tickets/${ticket.reference}/messages`)
        .set('Authorization', ticket.bearer)
        .set('Content-Type', 'multipart/form-data')
        .send('body=x');
      expect(broken.status).toBe(400);
      expect(broken.body.code).toBe('malformed_multipart');
      await post(app, ticket, ticket.bearer, { body: 'sneaky', visibility: 'internal' }).attach('files', log, 'a.log').expect(403);
      expect(await stored(ticket)).toEqual({ messages: 0, attachments: 0, events: 0 });
    });

    it('checks access before reading the upload: another ticket’s link gets 404', async () => {
      const ticket = await createTicket(db.prisma);
      const other = await createTicket(db.prisma);
      await post(app, ticket, other.bearer).attach('files', log, 'a.log').expect(404);
      expect(await stored(ticket)).toEqual({ messages: 0, attachments: 0, events: 0 });
    });
  });

  describe('downloading', () => {
    let ticket: TestTicket;
    let publicFile: { id: string; url: string };
    let noteFile: { id: string; url: string };
    let ticketFile: { id: string; url: string };

    beforeAll(async () => {
      ticket = await createTicket(db.prisma);
      const replyRes = await post(app, ticket, ticket.bearer).attach('files', log, '日志 (2030)*.log').expect(201);
      publicFile = replyRes.body.attachments[0];
      const noteRes = await post(app, ticket, agent.bearer, { body: 'Customer DB dump, do not share.', visibility: 'internal' })
        .attach('files', png, 'dump.png')
        .expect(201);
      noteFile = noteRes.body.attachments[0];
      // A file filed with the ticket itself, as the submission form will do.
      const row = await db.prisma.attachment.create({
        data: { ticketId: ticket.id, filename: 'setup.pdf', contentType: 'application/pdf', size: pdf.length, sha256: sha256(pdf), content: pdf },
      });
      ticketFile = { id: row.id, url: `/api/v1/tickets/${ticket.reference}/attachments/${row.id}` };
    });

    it('serves the bytes as a download with the sniffed type, nosniff, a sandbox CSP and both file name forms', async () => {
      const res = await download(publicFile.url, ticket.bearer).expect(200);
      expect(Buffer.compare(res.body as Buffer, log)).toBe(0);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toMatch(/^sandbox/);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="__ (2030)_.log"; filename*=UTF-8''%E6%97%A5%E5%BF%97%20%282030%29_.log`,
      );
      const image = await download(noteFile.url, agent.bearer).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(image.body as Buffer, png)).toBe(0);
    });

    it('keeps an internal note’s file from the link holder and the requester (404), and gives it to staff', async () => {
      await download(noteFile.url, ticket.bearer).expect(404);
      await download(noteFile.url, await createMagicLink(db.prisma, ticket.requesterEmail)).expect(404);
      await download(noteFile.url, agent.bearer).expect(200);
      const listed = await request(app).get(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(noteFile.id);
    });

    it('lets the ticket’s own files follow the ticket, and lists them beside the conversation', async () => {
      const res = await download(ticketFile.url, ticket.bearer).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const listed = await request(app).get(`/api/v1/tickets/${ticket.reference}/messages`).set('Authorization', ticket.bearer).expect(200);
      expect(listed.body.attachments).toEqual([
        { id: ticketFile.id, filename: 'setup.pdf', contentType: 'application/pdf', size: pdf.length, sha256: sha256(pdf), url: ticketFile.url },
      ]);
      expect(listed.body.messages[0].attachments[0]).toMatchObject({ id: publicFile.id, url: publicFile.url });
    });

    it('answers 404 to other tickets’ links, to ids of another ticket and to malformed ids; 401 to anonymous and deactivated staff', async () => {
      const other = await createTicket(db.prisma);
      await download(publicFile.url, other.bearer).expect(404);
      await download(`/api/v1/tickets/${other.reference}/attachments/${publicFile.id}`, other.bearer).expect(404);
      await download(`/api/v1/tickets/${other.reference}/attachments/${publicFile.id}`, agent.bearer).expect(404);
      await download(`/api/v1/tickets/${ticket.reference}/attachments/not-a-uuid`, agent.bearer).expect(404);
      await download(publicFile.url).expect(401);
      await download(publicFile.url, deactivated.bearer).expect(401);
    });
  });

  describe('files filed with the ticket itself (the pieces the submission route wires in)', () => {
    /** A stand-in for POST /tickets: the JSON body in a `ticket` part, files beside it, one transaction. */
    function filingApp(): Express {
      const filing = express();
      filing.use(express.json());
      filing.post('/file', async (req, res) => {
        const { body, files } = await readBodyWithFiles(req, uploadLimits(testConfig(), new UploadBudget(256 * 1024 * 1024)), { jsonField: 'ticket' });
        const { subject } = z.object({ subject: z.string().min(1) }).parse(body);
        const attachments = prepareAttachments(files);
        const ticket = await db.prisma.$transaction(async (tx) => {
          const created = await tx.ticket.create({
            data: { subject, description: '-', priority: 'P3', category: 'other', requesterEmail: 'a@example.com', requesterName: 'A' },
            select: { id: true, number: true },
          });
          await storeAttachments(tx, { ticket: created, messageId: null, actor: { kind: 'anonymous' }, attachments, at: new Date() });
          return created;
        });
        res.status(201).json(ticket);
      });
      filing.use(problemHandler('https://support.example.com'));
      return filing;
    }

    it('stores them on the ticket with no message, each with an attachment_added event', async () => {
      const res = await request(filingApp())
        .post('/file')
        .field('ticket', JSON.stringify({ subject: 'Upgrade failed' }))
        .attach('files', log, 'upgrade.log')
        .attach('files', pdf, 'runbook.pdf')
        .expect(201);
      const rows = await db.prisma.attachment.findMany({ where: { ticketId: res.body.id }, orderBy: { filename: 'asc' } });
      expect(rows.map((r) => [r.filename, r.contentType, r.messageId])).toEqual([
        ['runbook.pdf', 'application/pdf', null],
        ['upgrade.log', 'text/plain', null],
      ]);
      const events = await db.prisma.ticketEvent.findMany({ where: { ticketId: res.body.id } });
      expect(events.map((e) => [e.type, e.actorType])).toEqual([
        ['attachment_added', 'customer'],
        ['attachment_added', 'customer'],
      ]);
    });

    it('files no ticket when a file is refused, and explains a missing or broken JSON part', async () => {
      const subject = `refused-${Date.now()}`;
      const refused = await request(filingApp())
        .post('/file')
        .field('ticket', JSON.stringify({ subject }))
        .attach('files', windowsProgram, 'invoice.pdf')
        .expect(415);
      expect(refused.body.code).toBe('attachment_type_not_allowed');
      expect(await db.prisma.ticket.count({ where: { subject } })).toBe(0);

      const missing = await request(filingApp()).post('/file').field('subject', 'flat').expect(400);
      expect(missing.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'ticket' }] });
      const broken = await request(filingApp()).post('/file').field('ticket', '{"subject":').expect(400);
      expect(broken.body.code).toBe('malformed_json');
      await request(filingApp()).post('/file').send({ subject: 'plain JSON still works' }).expect(201);
    });
  });
});
