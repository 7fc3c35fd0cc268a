import { createServices } from '../src/services.js';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { hashToken } from '../src/shared/tokens.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { postTicket, someIp, ticketBody, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';

const config = ticketTestConfig();

describe('filing a ticket', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config });
    agent = await createStaff(db.prisma);
  });
  afterAll(() => close());

  const count = () => db.prisma.ticket.count();

  it('when a customer files in Chinese with emoji, then the ticket is stored as written and answered with its number and private link', async () => {
    const body = ticketBody({ subject: '数据库备份失败 😱', tags: ['备份', 'VPN', 'vpn'] }, { email: '  Wang.XiaoMing@Example.COM ' });
    const res = await postTicket(app, body).expect(201);

    expect(res.body.number).toMatch(/^HO-\d+$/);
    expect(res.headers.location).toBe(`/api/v1/tickets/${res.body.number}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      subject: '数据库备份失败 😱',
      description: body.description,
      status: 'new',
      priority: 'P2',
      category: 'deployment',
      requester: { email: 'wang.xiaoming@example.com', name: '王小明', organisation: '示例科技', phone: '+86 10 6552 9988', locale: 'zh-Hans' },
      assignee: null,
      resolvedAt: null,
      closedAt: null,
    });
    expect(res.body).not.toHaveProperty('tags');
    expect(res.body).not.toHaveProperty('version');
    expect(res.body.trackingToken).toMatch(/^hot_[A-Za-z0-9_-]{43}$/);
    expect(res.body.trackingUrl).toBe(`https://support.example.com/support/track#token=${res.body.trackingToken}`);

    const number = Number(res.body.number.slice(3));
    const stored = await db.prisma.ticket.findUniqueOrThrow({
      where: { number },
      include: { events: true, accessTokens: true },
    });
    expect(stored).toMatchObject({ source: 'web', tags: ['备份', 'vpn'], requesterEmail: 'wang.xiaoming@example.com', version: 1 });
    // The SLA clocks' own entries (sla_started) are theirs to test (test/sla/).
    expect(stored.events.filter((e) => !e.type.startsWith('sla_')).map((e) => [e.type, e.actorType])).toEqual([['created', 'customer']]);
    // Only the hash is kept: the database alone opens nothing.
    expect(stored.accessTokens).toHaveLength(1);
    expect(stored.accessTokens[0]!.tokenHash).toBe(hashToken(res.body.trackingToken));
    expect(stored.accessTokens[0]!.expiresAt).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(res.body.trackingToken);

    const tracked = await request(app).get(`/api/v1/tickets/${res.body.number}`).set('Authorization', `Bearer ${res.body.trackingToken}`).expect(200);
    expect(tracked.body.subject).toBe('数据库备份失败 😱');
  });

  it('counts lengths in characters, so 200 emoji make a valid subject', async () => {
    const res = await postTicket(app, ticketBody({ subject: '🚀'.repeat(200), description: '日'.repeat(20_000) })).expect(201);
    expect(res.body.subject).toBe('🚀'.repeat(200));
  });

  it('treats empty optional fields from a form as not given', async () => {
    const res = await postTicket(app, ticketBody({ tags: '' }, { organisation: '', phone: '' })).expect(201);
    expect(res.body.requester).toMatchObject({ organisation: null, phone: null });
  });

  it('when staff file through the API with their token, then the source is api and the requester is the one they name', async () => {
    const email = uniqueEmail('caller');
    const res = await postTicket(app, ticketBody({}, { email, name: 'Li Lei', locale: 'en' }), { bearer: agent.bearer }).expect(201);
    const stored = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(res.body.number.slice(3)) }, include: { events: true } });
    expect(stored).toMatchObject({ source: 'api', requesterEmail: email, requesterName: 'Li Lei', requesterLocale: 'en' });
    expect(stored.events[0]).toMatchObject({ type: 'created', actorType: 'staff', actorUserId: agent.id });
  });

  const long = (n: number, char = '长') => char.repeat(n);
  const refusals: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
    ['an empty subject', { subject: '' }, {}, 'subject'],
    ['a subject of only spaces', { subject: '   　' }, {}, 'subject'],
    ['a 201-character Chinese subject', { subject: long(201) }, {}, 'subject'],
    ['a 201-emoji subject', { subject: '😀'.repeat(201) }, {}, 'subject'],
    ['a subject with a line break', { subject: '第一行\n第二行' }, {}, 'subject'],
    ['a missing description', { description: undefined }, {}, 'description'],
    ['a 20001-character description', { description: long(20_001, '日') }, {}, 'description'],
    ['a description with a NUL byte', { description: '日志\u0000😀' }, {}, 'description'],
    ['priority 紧急', { priority: '紧急' }, {}, 'priority'],
    ['priority P5', { priority: 'P5' }, {}, 'priority'],
    ['a category that is not configured', { category: '部署' }, {}, 'category'],
    ['eleven tags', { tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }, {}, 'tags'],
    ['an emoji tag', { tags: ['ok', '🔥'] }, {}, 'tags.1'],
    ['a tag with a space', { tags: ['数据 库'] }, {}, 'tags.0'],
    ['a 33-character tag', { tags: [long(33, '标')] }, {}, 'tags.0'],
    ['tags that are not a list', { tags: '登录' }, {}, 'tags'],
    ['a Chinese e-mail address', {}, { email: '王小明' }, 'requester.email'],
    ['an emoji e-mail address', {}, { email: '😀@example.com' }, 'requester.email'],
    ['an e-mail address without a domain', {}, { email: 'wang@' }, 'requester.email'],
    ['an empty name', {}, { name: '' }, 'requester.name'],
    ['a 101-character name', {}, { name: long(101, '名') }, 'requester.name'],
    ['a 201-character organisation', {}, { organisation: long(201, '司') }, 'requester.organisation'],
    ['an emoji phone number', {}, { phone: '📞 12345' }, 'requester.phone'],
    ['a phone number in words', {}, { phone: '电话号码' }, 'requester.phone'],
    ['a locale we do not ship', {}, { locale: 'zh-TW' }, 'requester.locale'],
    ['a javascript: page address', { context: { title: '备份与恢复', url: 'javascript:alert(1)' } }, {}, 'context.url'],
    ['a page path that does not start with /', { context: { title: '备份与恢复', url: 'docs/operations/backup' } }, {}, 'context.url'],
    ['a protocol-relative page address (another site)', { context: { title: '备份与恢复', url: '//evil.example/docs' } }, {}, 'context.url'],
    ['a page path that browsers read as another site', { context: { title: '备份与恢复', url: '/\\evil.example/docs' } }, {}, 'context.url'],
    ['an ftp page address', { context: { title: '备份与恢复', url: 'ftp://docs.example.com/backup' } }, {}, 'context.url'],
    ['a page address with a line break', { context: { title: '备份与恢复', url: '/docs/a\nb' } }, {}, 'context.url'],
    ['a 2001-character page address', { context: { title: '备份与恢复', url: `/${long(2000, 'a')}` } }, {}, 'context.url'],
    ['a page context without its address', { context: { title: '备份与恢复' } }, {}, 'context.url'],
    ['a 301-character page title', { context: { title: long(301, '页'), url: '/docs/intro' } }, {}, 'context.title'],
    ['an empty page title', { context: { title: '', url: '/docs/intro' } }, {}, 'context.title'],
    ['a 41-character docs version', { context: { title: '备份与恢复', url: '/docs/intro', version: long(41, '9') } }, {}, 'context.version'],
    ['a page context that is not an object', { context: '/docs/intro' }, {}, 'context'],
  ];

  it.each(refusals)('refuses %s, naming the field, and stores nothing', async (_name, overrides, requester, field) => {
    const before = await count();
    const res = await postTicket(app, ticketBody(overrides, requester)).set('Accept-Language', 'en').expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.title).toBe('The request has invalid fields');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('refuses a submission without a requester, naming it', async () => {
    const { requester: _requester, ...body } = ticketBody();
    const res = await postTicket(app, body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['requester']);
    expect(res.body.title).toBe('请求中有字段无效');
  });

  it.each([
    ['Chinese and emoji in the name and organisation', {}, { name: '欧阳娜娜 🌸', organisation: '北京示例科技有限公司 🏢' }],
    ['a phone number with an extension', {}, { phone: '010-6552 9988 转 123' }],
    ['an English requester', {}, { locale: 'en', name: 'Ada Lovelace' }],
    ['no tags at all', { tags: undefined }, {}],
  ])('accepts %s', async (_name, overrides, requester) => {
    await postTicket(app, ticketBody(overrides, requester)).expect(201);
  });

  describe('filed from a docs page ("ask about this page")', () => {
    const page = { title: '备份与恢复 | Handover', url: 'https://docs.example.com/docs/operations/backup#restore', version: '0.4' };

    it('when a customer files from a docs page, then staff and the link holder both see the page it came from', async () => {
      const filed = await postTicket(app, ticketBody({ context: page })).expect(201);
      expect(filed.body.context).toEqual(page);

      const number = Number(filed.body.number.slice(3));
      const stored = await db.prisma.ticket.findUniqueOrThrow({ where: { number } });
      expect(stored).toMatchObject({ contextTitle: page.title, contextUrl: page.url, contextVersion: '0.4' });

      const asStaff = await request(app).get(`/api/v1/tickets/${filed.body.number}`).set('Authorization', agent.bearer).expect(200);
      expect(asStaff.body.version).toBe(1); // the staff view
      expect(asStaff.body.context).toEqual(page);
      const asLinkHolder = await request(app).get(`/api/v1/tickets/${filed.body.number}`).set('Authorization', `Bearer ${filed.body.trackingToken}`).expect(200);
      expect(asLinkHolder.body).not.toHaveProperty('version'); // the customer's view
      expect(asLinkHolder.body.context).toEqual(page);
    });

    it('takes a path on this site, and a page without a version', async () => {
      const filed = await postTicket(app, ticketBody({ context: { title: 'Backup and restore', url: '/en/docs/operations/backup' } })).expect(201);
      expect(filed.body.context).toEqual({ title: 'Backup and restore', url: '/en/docs/operations/backup', version: null });
    });

    it('when no page is given, then the ticket has no context, in every view', async () => {
      const filed = await postTicket(app, ticketBody()).expect(201);
      expect(filed.body.context).toBeNull();
      const asStaff = await request(app).get(`/api/v1/tickets/${filed.body.number}`).set('Authorization', agent.bearer).expect(200);
      expect(asStaff.body.context).toBeNull();
      const asLinkHolder = await request(app).get(`/api/v1/tickets/${filed.body.number}`).set('Authorization', `Bearer ${filed.body.trackingToken}`).expect(200);
      expect(asLinkHolder.body.context).toBeNull();
    });

    it('treats an empty context or version from a form as not given', async () => {
      for (const context of ['', null]) {
        const filed = await postTicket(app, ticketBody({ context })).expect(201);
        expect(filed.body.context).toBeNull();
      }
      const filed = await postTicket(app, ticketBody({ context: { ...page, version: '' } })).expect(201);
      expect(filed.body.context).toEqual({ ...page, version: null });
    });

    it('does not keep a tracking token that the page address carried in its fragment', async () => {
      const token = `hot_${'A'.repeat(43)}`;
      const filed = await postTicket(app, ticketBody({ context: { title: '跟踪工单', url: `https://support.example.com/support/track?action=reopen#token=${token}` } })).expect(201);
      expect(filed.body.context.url).toBe('https://support.example.com/support/track?action=reopen');
      const stored = await db.prisma.ticket.findUniqueOrThrow({ where: { number: Number(filed.body.number.slice(3)) } });
      expect(JSON.stringify(stored)).not.toContain(token);
    });
  });

  it('writes the ticket, its created event and its tracking link in one transaction: all or nothing', async () => {
    const context: AppContext = createContext({ config, db, logger: silentLogger });
    const service = createServices(context).tickets;
    const email = uniqueEmail();
    const [tickets, events, links] = [await db.prisma.ticket.count(), await db.prisma.ticketEvent.count(), await db.prisma.ticketAccessToken.count()];
    const input = { ...ticketBody({}, { email }), tags: [], requester: { email, name: '王小明', locale: 'zh-Hans' as const } };
    await expect(
      service.fileTicket(input as never, { kind: 'anonymous' }, {
        alsoInTransaction: async () => {
          throw new Error('the attachment could not be stored');
        },
      }),
    ).rejects.toThrow('the attachment could not be stored');
    expect([await db.prisma.ticket.count(), await db.prisma.ticketEvent.count(), await db.prisma.ticketAccessToken.count()]).toEqual([tickets, events, links]);
  });

  describe('rate limits', () => {
    it('when one address files more than 10 tickets in an hour, then it gets 429 with Retry-After, and other addresses still file', async () => {
      const ip = someIp();
      for (let i = 0; i < 10; i += 1) await postTicket(app, ticketBody(), { ip }).expect(201);
      const limited = await postTicket(app, ticketBody(), { ip }).set('Accept-Language', 'en').expect(429);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(3600);
      await postTicket(app, ticketBody()).expect(201);
    });

    it('when one requester files more than 5 tickets in an hour from anywhere, then the sixth is refused', async () => {
      const email = uniqueEmail();
      for (let i = 0; i < 5; i += 1) await postTicket(app, ticketBody({}, { email })).expect(201);
      const limited = await postTicket(app, ticketBody({}, { email: email.toUpperCase() })).expect(429);
      expect(limited.headers['retry-after']).toBeTruthy();
      const stored = await db.prisma.ticket.count({ where: { requesterEmail: email } });
      expect(stored).toBe(5);
    });

    it('does not limit staff filing with an API token (integrations, phone calls)', async () => {
      const ip = someIp();
      const email = uniqueEmail();
      for (let i = 0; i < 12; i += 1) await postTicket(app, ticketBody({}, { email }), { ip, bearer: agent.bearer }).expect(201);
    });

    it('does not count refused submissions', async () => {
      const ip = someIp();
      for (let i = 0; i < 12; i += 1) await postTicket(app, ticketBody({ priority: 'P9' }), { ip }).expect(400);
      await postTicket(app, ticketBody(), { ip }).expect(201);
    });
  });
});
