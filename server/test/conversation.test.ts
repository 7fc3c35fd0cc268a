import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { createMagicLink, createTicket, type TestTicket } from './support/tickets.js';

describe('a ticket’s conversation', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  /** Pinned by a test that needs an exact time; otherwise a strictly increasing clock, so messages never tie. */
  let pinned: Date | null = null;
  let last = 0;
  const now = () => pinned ?? new Date((last = Math.max(Date.now(), last + 1)));
  let agent: TestStaff;
  let admin: TestStaff;
  let deactivated: TestStaff;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { now });
    agent = await createStaff(db.prisma, { role: 'agent', name: 'Li Lei' });
    admin = await createStaff(db.prisma, { role: 'admin' });
    deactivated = await createStaff(db.prisma, { active: false });
  });
  afterAll(() => close());

  const messagesOf = (ticket: TestTicket) => `/api/v1/tickets/${ticket.reference}/messages`;
  const reply = (ticket: TestTicket, auth: string | undefined, body: object) => {
    const req = request(app).post(messagesOf(ticket));
    if (auth) req.set('Authorization', auth);
    return req.send(body);
  };
  const countMessages = (ticket: TestTicket) => db.prisma.message.count({ where: { ticketId: ticket.id } });
  const eventsOf = (ticket: TestTicket) =>
    db.prisma.ticketEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: 'asc' }, select: { type: true, actorType: true, before: true, after: true } });

  describe('who may read it', () => {
    let ticket: TestTicket;
    let other: TestTicket;
    beforeAll(async () => {
      ticket = await createTicket(db.prisma);
      other = await createTicket(db.prisma);
      await reply(ticket, ticket.bearer, { body: 'The login page spins forever.' }).expect(201);
      await reply(ticket, agent.bearer, { body: 'Checked the logs: **expired certificate**.', visibility: 'internal' }).expect(201);
      await reply(ticket, agent.bearer, { body: 'Could you send the server log?' }).expect(201);
    });

    it('refuses an anonymous reader with 401', async () => {
      const res = await request(app).get(messagesOf(ticket)).expect(401);
      expect(res.body.code).toBe('unauthenticated');
    });

    it('shows the link holder the public replies only, oldest first, without staff ids', async () => {
      const res = await request(app).get(messagesOf(ticket)).set('Authorization', ticket.bearer).expect(200);
      expect(res.body.ticketNumber).toBe(ticket.reference);
      expect(res.body.messages.map((m: { body: string }) => m.body)).toEqual(['The login page spins forever.', 'Could you send the server log?']);
      expect(JSON.stringify(res.body)).not.toContain('expired certificate');
      expect(res.body.messages[0].author).toEqual({ type: 'customer', name: ticket.requesterName, userId: null });
      expect(res.body.messages[1].author).toEqual({ type: 'staff', name: 'Li Lei', userId: null });
    });

    it('shows a magic-link holder of the requester’s address the public replies only', async () => {
      const magic = await createMagicLink(db.prisma, ticket.requesterEmail);
      const res = await request(app).get(messagesOf(ticket)).set('Authorization', magic).expect(200);
      expect(res.body.messages.every((m: { visibility: string }) => m.visibility === 'public')).toBe(true);
      expect(res.body.messages).toHaveLength(2);
    });

    it('answers 404 to another ticket’s link and to a magic link for another address, as for a missing ticket', async () => {
      const res = await request(app).get(messagesOf(ticket)).set('Authorization', other.bearer).expect(404);
      expect(res.body.code).toBe('not_found');
      const stranger = await createMagicLink(db.prisma, 'someone-else@example.com');
      await request(app).get(messagesOf(ticket)).set('Authorization', stranger).expect(404);
      await request(app).get('/api/v1/tickets/HO-999999/messages').set('Authorization', agent.bearer).expect(404);
    });

    it('shows agents and admins the internal notes too, with who wrote each', async () => {
      for (const staff of [agent, admin]) {
        const res = await request(app).get(messagesOf(ticket)).set('Authorization', staff.bearer).expect(200);
        expect(res.body.messages.map((m: { visibility: string }) => m.visibility)).toEqual(['public', 'internal', 'public']);
        expect(res.body.messages[1].author).toEqual({ type: 'staff', name: 'Li Lei', userId: agent.id });
      }
    });

    it('refuses a deactivated staff member’s token with 401', async () => {
      await request(app).get(messagesOf(ticket)).set('Authorization', deactivated.bearer).expect(401);
    });
  });

  describe('who may write in it', () => {
    it('lets the link holder reply in their name, and records a reply_added event with the message', async () => {
      const ticket = await createTicket(db.prisma, { requesterName: 'Zhang Wei' });
      const res = await reply(ticket, ticket.bearer, { body: 'Here is more detail.' }).expect(201);
      expect(res.body).toMatchObject({ visibility: 'public', author: { type: 'customer', name: 'Zhang Wei', userId: null }, attachments: [] });
      const stored = await db.prisma.message.findUniqueOrThrow({ where: { id: res.body.id } });
      expect(stored).toMatchObject({ authorType: 'customer', authorUserId: null, authorName: 'Zhang Wei', body: 'Here is more detail.' });
      expect(await eventsOf(ticket)).toEqual([
        { type: 'reply_added', actorType: 'customer', before: null, after: { messageId: res.body.id, visibility: 'public' } },
      ]);

      const magic = await createMagicLink(db.prisma, ticket.requesterEmail);
      const viaMagicLink = await reply(ticket, magic, { body: 'Replying from the link in my e-mail.' }).expect(201);
      expect(viaMagicLink.body.author).toEqual({ type: 'customer', name: 'Zhang Wei', userId: null });
    });

    it('refuses an internal note from the link holder with 403 and stores nothing', async () => {
      const ticket = await createTicket(db.prisma);
      const res = await reply(ticket, ticket.bearer, { body: 'let me in', visibility: 'internal' }).expect(403);
      expect(res.body.code).toBe('forbidden');
      expect(await countMessages(ticket)).toBe(0);
    });

    it('answers 404 when another ticket’s link tries to post into this one, and stores nothing', async () => {
      const ticket = await createTicket(db.prisma);
      const other = await createTicket(db.prisma);
      await reply(ticket, other.bearer, { body: 'injected' }).expect(404);
      await reply(ticket, undefined, { body: 'anonymous' }).expect(401);
      await reply(ticket, deactivated.bearer, { body: 'former staff' }).expect(401);
      expect(await countMessages(ticket)).toBe(0);
    });

    it('lets agents and admins write internal notes, recorded as note_added by staff', async () => {
      const ticket = await createTicket(db.prisma);
      for (const staff of [agent, admin]) {
        const res = await reply(ticket, staff.bearer, { body: 'Escalating to ops.', visibility: 'internal' }).expect(201);
        expect(res.body.author).toEqual({ type: 'staff', name: staff.name, userId: staff.id });
      }
      const events = await eventsOf(ticket);
      expect(events.map((e) => [e.type, e.actorType])).toEqual([['note_added', 'staff'], ['note_added', 'staff']]);
    });

    it('validates the body: required, at most 20,000 characters, known visibility', async () => {
      const ticket = await createTicket(db.prisma);
      const empty = await reply(ticket, ticket.bearer, { body: '   ' }).expect(400);
      expect(empty.body.code).toBe('validation_failed');
      expect(empty.body.errors[0].field).toBe('body');
      await reply(ticket, ticket.bearer, { body: 'x'.repeat(20_001) }).expect(400);
      await reply(ticket, agent.bearer, { body: 'hi', visibility: 'secret' }).expect(400);
      await reply(ticket, ticket.bearer, { body: '日'.repeat(20_000) }).expect(201);
      const indented = await reply(ticket, ticket.bearer, { body: '    at Main.run(Main.java:42)\n' }).expect(201);
      expect(indented.body.body).toBe('    at Main.run(Main.java:42)\n');
      expect(indented.body.bodyHtml).toContain('<pre><code>at Main.run(Main.java:42)');
      const wrongType = await request(app).post(messagesOf(ticket)).set('Authorization', ticket.bearer).set('Content-Type', 'text/plain').send('hello');
      expect(wrongType.status).toBe(415);
    });
  });

  describe('what a reply does to the ticket', () => {
    it('moves a pending ticket back to open when the customer replies, with a status_changed event and a new version', async () => {
      const ticket = await createTicket(db.prisma, { status: 'pending' });
      await reply(ticket, ticket.bearer, { body: 'Attached the log you asked for.' }).expect(201);
      const after = await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      expect(after).toMatchObject({ status: 'open', version: 2 });
      // One transaction, one timestamp: the two events are compared without relying on their order.
      const events = await eventsOf(ticket);
      expect(events.map((e) => e.type).sort()).toEqual(['reply_added', 'status_changed']);
      expect(events.find((e) => e.type === 'status_changed')).toMatchObject({
        actorType: 'customer',
        before: { status: 'pending' },
        after: { status: 'open' },
      });
    });

    it('leaves a pending ticket pending when staff write', async () => {
      const ticket = await createTicket(db.prisma, { status: 'pending', firstResponseAt: new Date() });
      await reply(ticket, agent.bearer, { body: 'Any news?' }).expect(201);
      await reply(ticket, agent.bearer, { body: 'Chasing.', visibility: 'internal' }).expect(201);
      expect(await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: 'pending', version: 1 });
    });

    it('sets the first-response time at the first public staff reply only, not at an internal note or a later reply', async () => {
      const ticket = await createTicket(db.prisma);
      await reply(ticket, agent.bearer, { body: 'Internal triage.', visibility: 'internal' }).expect(201);
      expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).firstResponseAt).toBeNull();

      const firstAt = new Date(Date.now() + 60_000);
      pinned = firstAt;
      const res = await reply(ticket, agent.bearer, { body: 'We are on it.' }).expect(201);
      expect(res.body.createdAt).toBe(firstAt.toISOString());
      pinned = new Date(Date.now() + 120_000);
      await reply(ticket, admin.bearer, { body: 'Update: fixed in 1.2.3.' }).expect(201);
      pinned = null;

      const after = await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      expect(after.firstResponseAt?.toISOString()).toBe(firstAt.toISOString());
      // Replies are not edits of the ticket: a colleague's PATCH based on the version they read still applies.
      expect(after.version).toBe(1);
    });

    it('refuses a customer reply to a closed ticket with ticket_closed, in the reader’s language', async () => {
      const ticket = await createTicket(db.prisma, { status: 'closed' });
      const res = await reply(ticket, ticket.bearer, { body: 'Still broken' }).set('Accept-Language', 'zh-CN').expect(409);
      expect(res.body).toMatchObject({ code: 'ticket_closed', title: '工单已关闭，请先重新打开' });
      expect(await countMessages(ticket)).toBe(0);
      await reply(ticket, agent.bearer, { body: 'Note for the record.', visibility: 'internal' }).expect(201);
    });

    it('answers 405 with Allow to other methods', async () => {
      const ticket = await createTicket(db.prisma);
      const res = await request(app).delete(messagesOf(ticket)).set('Authorization', agent.bearer).expect(405);
      expect(res.headers.allow).toBe('GET, HEAD, POST');
    });
  });

  describe('Markdown', () => {
    it('is stored as written and rendered without raw HTML, scripts or javascript: links', async () => {
      const ticket = await createTicket(db.prisma);
      const hostile = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(2)>',
        '[click](javascript:alert(3))',
        '[click](JAVASCRIPT:alert(4))',
        '[click](&#106;avascript:alert(5))',
        '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)',
        '<a href="javascript:alert(7)">x</a>',
        '![pixel](https://tracker.example/p.png)',
        '**bold** and [docs](https://example.com/docs)',
      ].join('\n\n');
      const res = await reply(ticket, ticket.bearer, { body: hostile }).expect(201);
      expect(res.body.body).toBe(hostile);
      const html: string = res.body.bodyHtml;
      expect(html).not.toMatch(/<(script|img)\b/i);
      expect(html).not.toMatch(/<[^>]*\bon[a-z]+=/i); // no event-handler attribute inside any tag
      expect(html).not.toMatch(/href="(javascript|data):/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('<strong>bold</strong>');
      expect(html).toContain('<a href="https://example.com/docs" rel="nofollow noopener noreferrer">docs</a>');
      expect(html).toContain('<a href="https://tracker.example/p.png" rel="nofollow noopener noreferrer">pixel</a>');
      for (const anchor of html.match(/<a [^>]*>/g) ?? []) expect(anchor).toContain('rel="nofollow noopener noreferrer"');

      const listed = await request(app).get(messagesOf(ticket)).set('Authorization', agent.bearer).expect(200);
      expect(listed.body.messages[0].bodyHtml).toBe(html);
    });
  });
});
