import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';

const config = ticketTestConfig();

describe('the staff queue', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let colleague: TestStaff;
  let clock = new Date('2026-12-01T02:00:00.000Z');
  const later = (ms = 60_000) => {
    clock = new Date(clock.getTime() + ms);
  };
  /** A word only this file's seeded tickets contain, so filter tests see just them. */
  const marker = `marker${randomUUID().slice(0, 8)}`;
  const seeded: Record<'t1' | 't2' | 't3' | 't4' | 't5', string> = { t1: '', t2: '', t3: '', t4: '', t5: '' };
  const requesterOne = uniqueEmail('one');

  const file = async (overrides: Record<string, unknown>, requester: Record<string, unknown> = {}) => {
    later();
    return (await fileTestTicket(app, overrides, requester, agent.bearer)).number;
  };
  const patch = async (number: string, body: object) => {
    later();
    const current = await request(app).get(`/api/v1/tickets/${number}`).set('Authorization', agent.bearer).expect(200);
    await request(app).patch(`/api/v1/tickets/${number}`).set('Authorization', agent.bearer).send({ version: current.body.version, ...body }).expect(200);
  };
  const queue = (query: string, bearer = agent.bearer) => request(app).get(`/api/v1/tickets?${query}`).set('Authorization', bearer);
  const numbers = async (query: string) => {
    const res = await queue(query).expect(200);
    return res.body.items.map((item: { number: string }) => item.number) as string[];
  };
  const sorted = (list: string[]) => [...list].sort();

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config, now: () => clock });
    agent = await createStaff(db.prisma, { name: '李雷' });
    colleague = await createStaff(db.prisma, { name: '韩梅梅' });

    seeded.t1 = await file({ priority: 'P1', category: 'deployment', subject: 'VPN 断开', description: `${marker} 全部断开`, tags: ['vpn'] }, { email: requesterOne });
    seeded.t2 = await file({ priority: 'P2', category: 'data', subject: 'Database 100% full', description: `${marker} disk`, tags: [] });
    seeded.t3 = await file({ priority: 'P3', category: 'account', subject: '账号问题', description: `${marker} 夜间备份失败`, tags: [] }, { email: requesterOne });
    seeded.t4 = await file({ priority: 'P4', category: 'how-to', subject: 'How to export', description: `${marker} export_all to C:\\data\\dump`, tags: ['vip'] });
    seeded.t5 = await file({ priority: 'P2', category: 'defect', subject: 'Crash 崩溃', description: `${marker} crash`, tags: [] });
    await patch(seeded.t2, { status: 'open', assigneeId: agent.id });
    await patch(seeded.t3, { status: 'pending', assigneeId: colleague.id });
    await patch(seeded.t4, { status: 'resolved' });
    await patch(seeded.t5, { status: 'resolved' });
    await patch(seeded.t5, { status: 'closed' });
  });
  afterAll(() => close());

  describe('filters', () => {
    it.each([
      ['status (comma list)', 'status=new,open', ['t1', 't2']],
      ['status (repeated)', 'status=new&status=pending', ['t1', 't3']],
      ['priority', 'priority=P1&priority=P4', ['t1', 't4']],
      ['assignee=me', 'assignee=me', ['t2']],
      ['assignee=unassigned', 'assignee=unassigned', ['t1', 't4', 't5']],
      ['category', 'category=data', ['t2']],
      ['tag', 'tag=VIP', ['t4']],
      ['requester', `requester=${requesterOne.toUpperCase()}`, ['t1', 't3']],
      ['several at once', 'status=new,open,pending&assignee=unassigned', ['t1']],
    ] as const)('narrows the queue by %s', async (_name, query, expected) => {
      expect(sorted(await numbers(`q=${marker}&${query}`))).toEqual(sorted(expected.map((key) => seeded[key])));
    });

    it('finds a colleague’s tickets by their id', async () => {
      expect(await numbers(`q=${marker}&assignee=${colleague.id}`)).toEqual([seeded.t3]);
    });

    it.each([
      ['Chinese in the description', '备份失败', ['t3']],
      ['English in any case', 'DATABASE', ['t2']],
      ['a literal percent sign, not a wildcard', '1%l', []],
      ['an underscore as itself, not any character', 'ex_ort', []],
      ['text with an underscore', 'export_all', ['t4']],
      ['a Windows path with backslashes', 'C:\\data\\', ['t4']],
      ['words of a path, wherever they are', 'C:\\dump', ['t4']],
      ['a word none of them has', 'C:\\backup', []],
      ['a Chinese word inside a longer one', '备份', ['t3']],
      ['every word typed, not any', 'export crash', []],
    ] as const)('finds tickets by the words of subject and description: %s', async (_name, q, expected) => {
      expect(sorted(await numbers(`q=${encodeURIComponent(q)}`))).toEqual(sorted(expected.map((key) => seeded[key])));
    });

    it.each([
      ['limit above 100', 'limit=101', 'limit'],
      ['limit 0', 'limit=0', 'limit'],
      ['an unknown status', 'status=open,已关闭', 'status.1'],
      ['an unknown sort', 'sort=random', 'sort'],
      ['an unknown assignee form', 'assignee=someone', 'assignee'],
      ['a forged cursor', 'cursor=eyJoYWNrIjp0cnVlfQ', 'cursor'],
    ])('refuses %s, naming the parameter', async (_name, query, field) => {
      const res = await queue(query).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('sorting', () => {
    it('puts P1 first, then the oldest of each priority', async () => {
      expect(await numbers(`q=${marker}&sort=priority`)).toEqual([seeded.t1, seeded.t2, seeded.t5, seeded.t3, seeded.t4]);
      expect(await numbers(`q=${marker}`)).toEqual(await numbers(`q=${marker}&sort=priority`));
    });

    it('by updated, puts the most recently changed first', async () => {
      await patch(seeded.t1, { tags: ['vpn', '网络'] });
      await patch(seeded.t4, { tags: ['vip', '导出'] });
      const list = await numbers(`q=${marker}&sort=updated`);
      expect(list).toEqual([seeded.t4, seeded.t1, seeded.t5, seeded.t3, seeded.t2]);
    });

    it('returns queue rows with what triage needs and no description', async () => {
      const res = await queue(`q=${marker}&category=data`).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.items[0]).toMatchObject({
        number: seeded.t2,
        status: 'open',
        priority: 'P2',
        assignee: { id: agent.id, name: '李雷' },
        requester: { name: '王小明' },
      });
      expect(res.body.items[0]).not.toHaveProperty('description');
    });
  });

  describe('keyset pagination', () => {
    const walk = async (query: string, limit: number, between?: (page: number) => Promise<void>) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page += 1) {
        const res: request.Response = await queue(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        seen.push(...res.body.items.map((item: { number: string }) => item.number));
        cursor = res.body.nextCursor;
        if (!cursor) return seen;
        await between?.(page);
      }
      throw new Error('the cursor never ended');
    };

    it.each(['priority', 'updated'])('walks every page sorted by %s without duplicates or gaps, ties included', async (sort) => {
      const tag = `page-${sort}`;
      for (const priority of ['P3', 'P1', 'P3', 'P2', 'P3', 'P1', 'P4']) {
        // Several tickets share one instant, so only the number tells them apart.
        if (priority !== 'P3') later();
        await fileTestTicket(app, { priority, tags: [tag] }, {}, agent.bearer);
      }
      const all = await numbers(`tag=${tag}&sort=${sort}&limit=100`);
      expect(all).toHaveLength(7);
      for (const limit of [1, 2, 3]) expect(await walk(`tag=${tag}&sort=${sort}`, limit)).toEqual(all);
    });

    it('stays stable when tickets are filed while someone pages through', async () => {
      const tag = 'page-inserts';
      const before: string[] = [];
      for (const priority of ['P2', 'P3', 'P2', 'P3', 'P2', 'P3']) {
        later();
        before.push((await fileTestTicket(app, { priority, tags: [tag] }, {}, agent.bearer)).number);
      }
      const added: string[] = [];
      const seen = await walk(`tag=${tag}&sort=priority`, 2, async () => {
        later();
        added.push((await fileTestTicket(app, { priority: 'P1', tags: [tag] }, {}, agent.bearer)).number);
        added.push((await fileTestTicket(app, { priority: 'P4', tags: [tag] }, {}, agent.bearer)).number);
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const number of before) expect(seen).toContain(number);
      // Urgent tickets filed behind the reader sort before the cursor; the reader sees them on the next refresh.
      expect(seen.filter((n) => added.includes(n)).length).toBeGreaterThan(0);
    });

    it('refuses a cursor from the other sort order', async () => {
      const first = await queue(`q=${marker}&sort=updated&limit=1`).expect(200);
      const res = await queue(`q=${marker}&sort=priority&cursor=${first.body.nextCursor}`).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'cursor', code: 'invalid_cursor' });
    });
  });

  describe('counts', () => {
    it('counts tickets per status under the other filters, ignoring a status filter', async () => {
      const all = await request(app).get(`/api/v1/tickets/counts?q=${marker}&status=new`).set('Authorization', agent.bearer).expect(200);
      expect(all.body).toEqual({ new: 1, open: 1, pending: 1, resolved: 1, closed: 1, total: 5 });
      const p2 = await request(app).get(`/api/v1/tickets/counts?q=${marker}&priority=P2`).set('Authorization', agent.bearer).expect(200);
      expect(p2.body).toEqual({ new: 0, open: 1, pending: 0, resolved: 0, closed: 1, total: 2 });
      const mine = await request(app).get(`/api/v1/tickets/counts?q=${marker}&assignee=me`).set('Authorization', colleague.bearer).expect(200);
      expect(mine.body).toMatchObject({ pending: 1, total: 1 });
    });
  });

  describe('bulk changes', () => {
    const bulk = (body: object) => request(app).post('/api/v1/tickets/bulk').set('Authorization', agent.bearer).send(body);

    it('changes what it can and reports each ticket it could not', async () => {
      const a = await file({ tags: ['bulk'] });
      const b = await file({ tags: ['bulk'] });
      const c = await file({ tags: ['bulk'] });
      await patch(b, { status: 'resolved' });
      await patch(b, { status: 'closed' });
      later();
      const res = await bulk({ numbers: [a, b, 'HO-999999', 'abc', Number(c.slice(3)), a.toLowerCase()], status: 'pending' }).expect(200);
      expect(res.body.results).toEqual([
        { number: a, ok: true, status: 'pending', priority: 'P2', tags: ['bulk'], version: 2 },
        { number: b, ok: false, code: 'invalid_transition', detail: expect.stringContaining('A closed ticket cannot become pending') },
        { number: 'HO-999999', ok: false, code: 'not_found', detail: expect.any(String) },
        { number: 'abc', ok: false, code: 'not_found', detail: expect.any(String) },
        { number: c, ok: true, status: 'pending', priority: 'P2', tags: ['bulk'], version: 2 },
      ]);
      expect(res.body).toMatchObject({ succeeded: 2, failed: 3 });
      const events = await db.prisma.ticketEvent.findMany({ where: { ticket: { number: Number(a.slice(3)) }, type: 'status_changed' } });
      expect(events).toEqual([expect.objectContaining({ actorUserId: agent.id, before: { status: 'new' }, after: { status: 'pending' } })]);
      expect(await numbers('tag=bulk&status=closed')).toEqual([b]);
    });

    it('assigns many tickets at once, each with its own event', async () => {
      const a = await file({ tags: ['bulk-assign'] });
      const b = await file({ tags: ['bulk-assign'] });
      const res = await bulk({ numbers: [a, b], assigneeId: colleague.id, status: 'open' }).expect(200);
      expect(res.body.succeeded).toBe(2);
      expect(await db.prisma.ticketEvent.count({ where: { ticket: { tags: { has: 'bulk-assign' } }, type: 'assignee_changed' } })).toBe(2);
      expect(sorted(await numbers(`tag=bulk-assign&assignee=${colleague.id}&status=open`))).toEqual(sorted([a, b]));
    });

    it.each([
      ['more than 100 tickets', { numbers: Array.from({ length: 101 }, (_, i) => i + 1), status: 'open' }, 'numbers'],
      ['no change at all', { numbers: ['HO-1001'] }, 'status'],
      ['an unknown status', { numbers: ['HO-1001'], status: '处理中' }, 'status'],
      ['an unknown field', { numbers: ['HO-1001'], severity: 'P1' }, '(root)'],
      ['an unknown priority', { numbers: ['HO-1001'], priority: 'P0' }, 'priority'],
      ['a tag change that changes nothing', { numbers: ['HO-1001'], tags: {} }, 'tags.add'],
      ['a tag both added and removed', { numbers: ['HO-1001'], tags: { add: ['vpn'], remove: ['VPN'] } }, 'tags.remove'],
      ['a tag that is not one', { numbers: ['HO-1001'], tags: { add: ['two words'] } }, 'tags.add.0'],
    ])('refuses %s as a whole, naming the field', async (_name, body, field) => {
      const res = await bulk(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('sets the priority of many tickets, each through the change pipeline with its own event', async () => {
      const a = await file({ tags: ['bulk-priority'], priority: 'P3' });
      const b = await file({ tags: ['bulk-priority'], priority: 'P1' });
      later();
      const res = await bulk({ numbers: [a, b], priority: 'P1' }).expect(200);
      expect(res.body.results).toEqual([
        { number: a, ok: true, status: 'new', priority: 'P1', tags: ['bulk-priority'], version: 2 },
        // Already P1: nothing to change, so no new version and no event, but not a failure either.
        { number: b, ok: true, status: 'new', priority: 'P1', tags: ['bulk-priority'], version: 1 },
      ]);
      const events = await db.prisma.ticketEvent.findMany({ where: { ticket: { tags: { has: 'bulk-priority' } }, type: 'priority_changed' } });
      expect(events).toEqual([expect.objectContaining({ actorUserId: agent.id, before: { priority: 'P3' }, after: { priority: 'P1' } })]);
    });

    it('adds and removes tags on many tickets, keeping each ticket’s other tags, and refuses one that would hold too many', async () => {
      const a = await file({ tags: ['bulk-tags', 'vpn'] });
      const b = await file({ tags: ['bulk-tags'] });
      const full = await file({ tags: ['bulk-tags', ...Array.from({ length: 9 }, (_, i) => `t${i}`)] });
      later();
      const res = await bulk({ numbers: [a, b, full], tags: { add: ['Escalated', 'vpn'], remove: ['stale'] } }).expect(200);
      expect(res.body.results).toEqual([
        { number: a, ok: true, status: 'new', priority: 'P2', tags: ['bulk-tags', 'vpn', 'escalated'], version: 2 },
        { number: b, ok: true, status: 'new', priority: 'P2', tags: ['bulk-tags', 'escalated', 'vpn'], version: 2 },
        { number: full, ok: false, code: 'validation_failed', detail: 'It would have 12 tags; a ticket keeps at most 10.' },
      ]);
      expect(res.body).toMatchObject({ succeeded: 2, failed: 1 });

      later();
      const removed = await bulk({ numbers: [a, b], tags: { remove: ['VPN', 'escalated'] }, priority: 'P4' }).expect(200);
      expect(removed.body.results).toEqual([
        { number: a, ok: true, status: 'new', priority: 'P4', tags: ['bulk-tags'], version: 3 },
        { number: b, ok: true, status: 'new', priority: 'P4', tags: ['bulk-tags'], version: 3 },
      ]);
      const events = await db.prisma.ticketEvent.findMany({ where: { ticket: { number: Number(a.slice(3)) }, type: { in: ['tags_changed', 'priority_changed'] } } });
      expect(events.map((e) => [e.type, e.before, e.after])).toHaveLength(3);
      expect(events.map((e) => [e.type, e.before, e.after])).toEqual(
        expect.arrayContaining([
          ['tags_changed', { tags: ['bulk-tags', 'vpn'] }, { tags: ['bulk-tags', 'vpn', 'escalated'] }],
          ['priority_changed', { priority: 'P2' }, { priority: 'P4' }],
          ['tags_changed', { tags: ['bulk-tags', 'vpn', 'escalated'] }, { tags: ['bulk-tags'] }],
        ]),
      );
      expect((await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(full.slice(3)) } })).version).toBe(1);
    });

    it('refuses a deactivated assignee before touching any ticket', async () => {
      const a = await file({ tags: ['bulk-refused'] });
      const gone = await createStaff(db.prisma, { active: false });
      const res = await bulk({ numbers: [a], assigneeId: gone.id }).expect(400);
      expect(res.body.errors[0].field).toBe('assigneeId');
      expect((await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(a.slice(3)) } })).version).toBe(1);
    });
  });
});
