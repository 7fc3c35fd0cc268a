import { createServices } from '../src/services.js';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { BackgroundTasks } from '../src/shared/background.js';
import { hashToken } from '../src/shared/tokens.js';
import { requestAccessLink } from '../src/tickets/access-links.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { captureLogger, silentLogger } from './support/logger.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { fileTestTicket, someIp, ticketTestConfig, uniqueEmail } from './support/ticket-api.js';

const config = ticketTestConfig();

describe('magic links: "e-mail me links to my tickets"', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  const log = captureLogger();
  let clock = new Date();

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config, logger: log.logger, now: () => clock });
    agent = await createStaff(db.prisma);
  });
  afterAll(() => close());

  /** The link is made after the answer, so that its timing tells nothing: wait for that work to end. */
  const settled = () => (app.locals.background as BackgroundTasks).idle();
  const context = (): AppContext => createContext({ config, db, logger: silentLogger, now: () => clock });
  const ask = (email: string, ip = someIp()) =>
    request(app).post('/api/v1/access-links').set('X-Forwarded-For', ip).set('Accept-Language', 'en').send({ email });

  it('answers an address with tickets exactly as one without, and never returns the token', async () => {
    const known = await fileTestTicket(app);
    const unknown = uniqueEmail('nobody');
    const [a, b] = [await ask(known.email.toUpperCase()), await ask(unknown)];
    await settled();
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body).toEqual(b.body);
    expect(a.text).toBe(b.text);
    for (const header of ['content-type', 'content-language', 'cache-control']) expect(a.headers[header]).toBe(b.headers[header]);
    expect(a.body.message).toContain('30 minutes');
    expect(a.text).not.toMatch(/hom_|token/);

    expect(await db.prisma.magicLink.count({ where: { email: known.email } })).toBe(1);
    expect(await db.prisma.magicLink.count({ where: { email: unknown } })).toBe(0);
  });

  it('answers before it looks the address up, so the answer’s timing cannot tell either', async () => {
    const known = await fileTestTicket(app);
    // Background work that starts only when the test says so: the answer must not be waiting for it.
    const held: (() => Promise<void>)[] = [];
    const background = new BackgroundTasks(() => undefined);
    const paused = Object.assign(Object.create(background) as BackgroundTasks, { run: (task: () => Promise<void>) => void held.push(task) });
    const slow = testApp(db, { config, now: () => clock, background: paused });
    const res = await request(slow).post('/api/v1/access-links').set('X-Forwarded-For', someIp()).send({ email: known.email }).expect(202);
    expect(res.body.message).toContain('30');
    expect(held).toHaveLength(1);
    expect(await db.prisma.magicLink.count({ where: { email: known.email } })).toBe(0); // answered; nothing looked up yet
    await held[0]!();
    expect(await db.prisma.magicLink.count({ where: { email: known.email } })).toBe(1);
  });

  it('answers in Chinese by default', async () => {
    const res = await request(app).post('/api/v1/access-links').set('X-Forwarded-For', someIp()).send({ email: uniqueEmail() }).expect(202);
    expect(res.body.message).toContain('30 分钟');
    expect(res.headers['content-language']).toBe('zh-Hans');
  });

  it('logs that a link was issued, at debug level, without the token or the link', async () => {
    const known = await fileTestTicket(app);
    log.lines.length = 0;
    await ask(known.email).expect(202);
    await settled();
    const issued = log.lines.filter((line) => line.msg?.includes('access link issued'));
    expect(issued).toHaveLength(1);
    expect(issued[0]!.level).toBe(20);
    const everything = JSON.stringify(log.lines);
    expect(everything).not.toContain('hom_');
    expect(everything).not.toContain('#token=');
    expect(everything).not.toContain(known.email);
  });

  it('delivers a link that lists every ticket of that address, and only those, in the customer view', async () => {
    const email = uniqueEmail();
    const first = await fileTestTicket(app, { subject: '第一个问题' }, { email }, agent.bearer);
    const second = await fileTestTicket(app, { subject: '第二个问题 🐛' }, { email }, agent.bearer);
    await fileTestTicket(app, { subject: '别人的问题' });

    const delivered: { email: string; link: string }[] = [];
    await requestAccessLink(createServices(context()).accessLinks, email, { deliver: async (_tx, to, link) => void delivered.push({ email: to, link }) });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.email).toBe(email);
    const [, token] = /^https:\/\/support\.example\.com\/support\/my-tickets#token=(hom_[A-Za-z0-9_-]{43})$/.exec(delivered[0]!.link) ?? [];
    expect(token).toBeTruthy();
    const stored = await db.prisma.magicLink.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).toBe(hashToken(token!));
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(30 * 60_000);

    const mine = await request(app).get('/api/v1/my/tickets').set('Authorization', `Bearer ${token}`).expect(200);
    expect(mine.body.items.map((t: { number: string }) => t.number).sort()).toEqual([first.number, second.number].sort());
    expect(mine.body.nextCursor).toBeNull();
    expect(mine.body.items[0]).not.toHaveProperty('tags');
    expect(mine.body.items[0]).not.toHaveProperty('assignee');

    const paged = await request(app).get('/api/v1/my/tickets?limit=1').set('Authorization', `Bearer ${token}`).expect(200);
    expect(paged.body.items).toHaveLength(1);
    const rest = await request(app).get(`/api/v1/my/tickets?limit=1&cursor=${paged.body.nextCursor}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect([paged.body.items[0].number, rest.body.items[0].number].sort()).toEqual([first.number, second.number].sort());

    await request(app).get(`/api/v1/tickets/${second.number}`).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('stops working after MAGIC_LINK_TTL_MINUTES', async () => {
    const known = await fileTestTicket(app);
    let link = '';
    await requestAccessLink(createServices(context()).accessLinks, known.email, { deliver: async (_tx, _to, l) => void (link = l) });
    const bearer = `Bearer ${link.split('#token=')[1]}`;
    const issuedAt = clock;
    try {
      clock = new Date(issuedAt.getTime() + 29 * 60_000);
      await request(app).get('/api/v1/my/tickets').set('Authorization', bearer).expect(200);
      clock = new Date(issuedAt.getTime() + 30 * 60_000);
      const expired = await request(app).get('/api/v1/my/tickets').set('Authorization', bearer).expect(410);
      expect(expired.body.code).toBe('link_expired');
    } finally {
      clock = new Date();
    }
  });

  it('answers as for an unknown address when delivery fails, logging why without the token', async () => {
    const known = await fileTestTicket(app);
    const failing = captureLogger();
    let sent = '';
    await expect(
      requestAccessLink({ ...createServices(context()).accessLinks, logger: failing.logger }, known.email, {
        deliver: async (_tx, _to, link) => {
          sent = link;
          throw new Error(`SMTP 554 rejected message containing ${link}`);
        },
      }),
    ).resolves.toBeUndefined();
    const token = sent.split('#token=')[1]!;
    expect(failing.lines.map((line) => line.msg)).toContain('access link delivery failed');
    expect(JSON.stringify(failing.lines)).toContain('SMTP 554');
    expect(JSON.stringify(failing.lines)).not.toContain(token);
    // The link and its e-mail are one transaction: a link nobody was sent does not linger.
    expect(await db.prisma.magicLink.count({ where: { tokenHash: hashToken(token) } })).toBe(0);
  });

  it('limits requests per e-mail address (known or not) with 429 and Retry-After', async () => {
    for (const email of [(await fileTestTicket(app)).email, uniqueEmail()]) {
      for (let i = 0; i < 3; i += 1) await ask(email).expect(202);
      const limited = await ask(email).expect(429);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('limits requests per client address', async () => {
    const ip = someIp();
    for (let i = 0; i < 10; i += 1) await ask(uniqueEmail(), ip).expect(202);
    const limited = await ask(uniqueEmail(), ip).expect(429);
    expect(limited.headers['retry-after']).toBeTruthy();
  });

  it('refuses an invalid address, naming the field', async () => {
    const res = await ask('不是邮箱 😀').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
  });
});
