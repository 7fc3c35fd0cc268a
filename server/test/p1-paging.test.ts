import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { postTicket, ticketBody, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';

/**
 * Anyone on the internet may file a ticket, so a P1 must not be an open pager: an anonymous P1 pages the on-call
 * list at once only from a trusted domain or an address that confirmed itself before; otherwise the page waits for
 * the requester to follow the link in the acknowledgement e-mail.
 */
describe('who may page the on-call team with a P1', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let onCall: TestStaff;
  let other: TestStaff;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig({ SUPPORT_TRUSTED_DOMAINS: 'customer.example.cn' }) });
    onCall = await createStaff(db.prisma);
    other = await createStaff(db.prisma);
    await db.prisma.user.update({ where: { id: onCall.id }, data: { onCall: true } });
  });
  afterAll(() => close());

  const mails = async (ticketNumber: string) => {
    const ticket = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(ticketNumber.slice(3)) } });
    const rows = await db.prisma.outboxMessage.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: 'asc' } });
    return { ticket, rows, kinds: rows.map((r) => [r.recipient, r.kind]) };
  };
  const confirmToken = (rows: { kind: string; payload: unknown }[]) => {
    const url = (rows.find((r) => r.kind === 'ticket_received')!.payload as { confirmAddressUrl?: string }).confirmAddressUrl;
    return url ? /#token=(hoc_[A-Za-z0-9_-]{43})$/.exec(url)![1]! : undefined;
  };
  const confirm = (token: string) => request(app).post('/api/v1/address-confirmations').send({ token });

  it('holds the page of an anonymous P1 from an unknown address until the requester confirms it', async () => {
    const email = uniqueEmail('stranger');
    const filed = await postTicket(app, ticketBody({ priority: 'P1' }, { email })).expect(201);
    const before = await mails(filed.body.number);
    expect(before.ticket.urgentPagedAt).toBeNull();
    expect(before.kinds).toEqual(
      expect.arrayContaining([
        [email, 'ticket_received'],
        [onCall.email, 'staff_new_ticket'],
        [other.email, 'staff_new_ticket'],
      ]),
    );
    expect(before.kinds.filter(([, kind]) => kind === 'staff_urgent_ticket')).toEqual([]);
    const token = confirmToken(before.rows)!;
    expect(token).toBeDefined();
    expect(before.ticket.addressTokenHash).not.toContain(token);

    const confirmed = await confirm(token).expect(200);
    expect(confirmed.body).toEqual({ ticketNumber: filed.body.number, paged: true });
    const after = await mails(filed.body.number);
    expect(after.kinds.filter(([, kind]) => kind === 'staff_urgent_ticket')).toEqual([[onCall.email, 'staff_urgent_ticket']]);
    expect(after.ticket.urgentPagedAt).not.toBeNull();
    expect(after.ticket.requesterConfirmedAt).not.toBeNull();
    const events = await db.prisma.ticketEvent.findMany({ where: { ticketId: after.ticket.id }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['requester_confirmed', 'urgent_paged']));

    expect((await confirm(token).expect(404)).body.code).toBe('not_found'); // once only

    // The address is known now: its next P1 pages at once, and asks for no confirmation.
    const next = await postTicket(app, ticketBody({ priority: 'P1' }, { email })).expect(201);
    const nextMails = await mails(next.body.number);
    expect(nextMails.kinds).toContainEqual([onCall.email, 'staff_urgent_ticket']);
    expect(confirmToken(nextMails.rows)).toBeUndefined();
  });

  it('pages at once for a trusted customer domain (and its subdomains), for staff and for integrations', async () => {
    const agent = await createStaff(db.prisma);
    const cases = [
      await postTicket(app, ticketBody({ priority: 'P1' }, { email: uniqueEmail().replace('example.com', 'customer.example.cn') })),
      await postTicket(app, ticketBody({ priority: 'P1' }, { email: uniqueEmail().replace('example.com', 'ops.customer.example.cn') })),
      await postTicket(app, ticketBody({ priority: 'P1' }), { bearer: agent.bearer }),
    ];
    for (const filed of cases) {
      expect(filed.status).toBe(201);
      const { kinds, ticket, rows } = await mails(filed.body.number);
      expect(kinds).toContainEqual([onCall.email, 'staff_urgent_ticket']);
      expect(ticket.urgentPagedAt).not.toBeNull();
      expect(confirmToken(rows)).toBeUndefined();
    }
    // Not a lookalike domain.
    const lookalike = await postTicket(app, ticketBody({ priority: 'P1' }, { email: uniqueEmail().replace('example.com', 'evilcustomer.example.cn') }));
    expect((await mails(lookalike.body.number)).kinds.some(([, kind]) => kind === 'staff_urgent_ticket')).toBe(false);
  });

  it('confirms without paging when staff lowered the priority meanwhile, and refuses forged or expired links', async () => {
    const filed = await postTicket(app, ticketBody({ priority: 'P1' })).expect(201);
    const { rows, ticket } = await mails(filed.body.number);
    await db.prisma.ticket.update({ where: { id: ticket.id }, data: { priority: 'P3' } });
    expect((await confirm(confirmToken(rows)!).expect(200)).body.paged).toBe(false);
    expect((await mails(filed.body.number)).kinds.some(([, kind]) => kind === 'staff_urgent_ticket')).toBe(false);

    expect((await confirm('hoc_forged').expect(404)).body.code).toBe('not_found');
    expect((await confirm('hot_a-tracking-token').expect(404)).body.code).toBe('not_found');
    const old = await postTicket(app, ticketBody({ priority: 'P1' })).expect(201);
    const oldMails = await mails(old.body.number);
    await db.prisma.ticket.update({ where: { id: oldMails.ticket.id }, data: { createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    expect((await confirm(confirmToken(oldMails.rows)!).expect(410)).body.code).toBe('link_expired');
  });

  it('lets a customer choose only public tags; staff tag freely', async () => {
    const refused = await postTicket(app, ticketBody({ tags: ['upgrade', 'vip-escalation'] })).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'tags', code: 'not_public_tag', message: expect.stringContaining('upgrade') }]);
    await postTicket(app, ticketBody({ tags: ['upgrade'] })).expect(201);
    const agent = await createStaff(db.prisma);
    await postTicket(app, ticketBody({ tags: ['vip-escalation'] }), { bearer: agent.bearer }).expect(201);
  });
});
