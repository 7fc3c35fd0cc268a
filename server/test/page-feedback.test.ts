import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { hashToken } from '../src/shared/tokens.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';
import { postTicket, someIp, ticketBody, ticketTestConfig } from './support/ticket-api.js';

const newKey = () => randomBytes(16).toString('base64url');
let pageSeq = 0;
/** A page path of this file's own, so the report rows it counts are only its own. */
const newPage = (locale: 'zh-Hans' | 'en' = 'zh-Hans') => `${locale === 'en' ? '/en' : ''}/docs/feedback-test/p${Date.now().toString(36)}${pageSeq++}`;

describe('“Was this page helpful?”', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let agent: TestStaff;
  let admin: TestStaff;
  /** The clock the server reads: tests move it to put answers and tickets on given days. */
  let now = new Date('2026-11-10T08:00:00Z');

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig(), now: () => now });
    agent = await createStaff(db.prisma);
    admin = await createStaff(db.prisma, { role: 'admin' });
  });
  afterAll(() => close());

  const answer = (body: Record<string, unknown>, ip = someIp()) => request(app).post('/api/v1/page-feedback').set('X-Forwarded-For', ip).send(body);
  const vote = (page: string, voterKey: string, helpful: boolean, extra: Record<string, unknown> = {}) =>
    answer({ page, title: '备份与恢复', docId: page.replace(/^(\/en)?\/docs\//, ''), locale: page.startsWith('/en/') ? 'en' : 'zh-Hans', version: '0.8', voterKey, helpful, ...extra });
  const report = (query: string, bearer = agent.bearer) => request(app).get(`/api/v1/page-feedback/report?${query}`).set('Authorization', bearer);
  const rowOf = (body: { pages: { page: string }[] }, page: string) => body.pages.find((row) => row.page === page);

  it('stores an answer under the hash of the browser’s key, and a second answer from that browser changes it', async () => {
    const page = newPage();
    const key = newKey();
    const first = await vote(page, key, true).expect(200);
    expect(first.body).toEqual({ helpful: true, comment: null, changed: false });
    now = new Date(now.getTime() + 60_000);
    const second = await vote(page, key, false, { comment: '缺少恢复到时间点的例子' }).expect(200);
    expect(second.body).toEqual({ helpful: false, comment: '缺少恢复到时间点的例子', changed: true });
    const rows = await db.prisma.pageFeedback.findMany({ where: { page } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ helpful: false, voterKeyHash: hashToken(key), locale: 'zh-Hans', version: '0.8' });
    expect(JSON.stringify(rows)).not.toContain(key);
    // Another browser is another answer.
    await vote(page, newKey(), true).expect(200);
    expect(await db.prisma.pageFeedback.count({ where: { page } })).toBe(2);
  });

  it('keeps the comment when an answer leaves it out, and removes it for an empty one', async () => {
    const page = newPage();
    const key = newKey();
    await vote(page, key, false, { comment: '  步骤 3 不清楚  ' }).expect(200);
    expect((await vote(page, key, true).expect(200)).body).toMatchObject({ helpful: true, comment: '步骤 3 不清楚' });
    expect((await vote(page, key, true, { comment: '' }).expect(200)).body).toMatchObject({ comment: null });
  });

  it('takes a comment of 1,000 characters, Chinese or emoji alike, and refuses one more, naming the field', async () => {
    const page = newPage();
    await vote(page, newKey(), false, { comment: '文'.repeat(999) + '👍' }).expect(200);
    const long = await vote(page, newKey(), false, { comment: 'x'.repeat(1001) }).expect(400);
    expect(long.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(long.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'comment', code: 'too_big' }] });
    const hidden = await vote(page, newKey(), false, { comment: 'a\u0000b' }).expect(400);
    expect(hidden.body.errors).toEqual([expect.objectContaining({ field: 'comment' })]);
  });

  it.each([
    ['page', { page: '//evil.example/docs' }],
    ['page', { page: '/docs/x?utm=1' }],
    ['page', { page: 'docs/x' }],
    ['voterKey', { voterKey: 'short' }],
    ['voterKey', { voterKey: undefined }],
    ['locale', { locale: 'fr' }],
    ['helpful', { helpful: 'yes' }],
    ['docId', { docId: '<script>' }],
    ['title', { title: '' }],
    ['version', { version: 'v'.repeat(41) }],
  ])('refuses a bad %s as validation_failed naming it', async (field, change) => {
    const res = await vote(newPage(), newKey(), true, change).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses unknown fields and a body that is not JSON with their own codes', async () => {
    const extra = await vote(newPage(), newKey(), true, { email: 'a@example.com' }).expect(400);
    expect(extra.body).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ code: 'unrecognized_keys' })] });
    const broken = await request(app).post('/api/v1/page-feedback').set('Content-Type', 'application/json').send('{"page":').expect(400);
    expect(broken.body.code).toBe('malformed_json');
  });

  it('limits one address to 30 answers a minute, with Retry-After, and not the next address', async () => {
    const ip = someIp();
    const page = newPage();
    for (let i = 0; i < 30; i += 1) await answer({ page, title: 't', docId: 'd', locale: 'en', voterKey: newKey(), helpful: true }, ip).expect(200);
    const refused = await answer({ page, title: 't', docId: 'd', locale: 'en', voterKey: newKey(), helpful: true }, ip).expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await answer({ page, title: 't', docId: 'd', locale: 'en', voterKey: newKey(), helpful: true }, someIp()).expect(200);
  });

  describe('the report for editors', () => {
    const day = '2026-11-20';
    let unhelpful: string;
    let helpful: string;
    let english: string;
    let tickets: string[];

    beforeAll(async () => {
      now = new Date(`${day}T03:00:00Z`);
      [unhelpful, helpful, english] = [newPage(), newPage(), newPage('en')];
      for (const [page, yes, no] of [[unhelpful, 1, 2], [helpful, 5, 0], [english, 2, 2]] as const) {
        for (let i = 0; i < yes; i += 1) await vote(page, newKey(), true).expect(200);
        for (let i = 0; i < no; i += 1) {
          now = new Date(now.getTime() + 1000);
          await vote(page, newKey(), false, { comment: `第 ${i + 1} 条：例子不够` }).expect(200);
        }
      }
      // Asked about the unhelpful page: from the page itself, from a heading on it, by its absolute address, and one from elsewhere.
      const filed = [];
      for (const url of [unhelpful, `${unhelpful}#restore`, `https://support.example.com${unhelpful}`, `https://other.example${unhelpful}`]) {
        now = new Date(now.getTime() + 60_000);
        const res = await postTicket(app, ticketBody({ context: { title: '备份与恢复', url } })).expect(201);
        filed.push(res.body.number as string);
      }
      tickets = filed.slice(0, 3).reverse();
      // An answer a day later falls outside a one-day report.
      now = new Date('2026-11-21T01:00:00Z');
      await vote(helpful, newKey(), false).expect(200);
    });

    it('gives every staff member the counts, share, comments and tickets of each page, least helpful first', async () => {
      const res = await report(`from=${day}&to=${day}`).expect(200);
      const pages = res.body.pages.map((row: { page: string }) => row.page).filter((page: string) => [unhelpful, helpful, english].includes(page));
      expect(pages).toEqual([unhelpful, english, helpful]);
      const row = rowOf(res.body, unhelpful)!;
      expect(row).toMatchObject({ title: '备份与恢复', locale: 'zh-Hans', version: '0.8', yes: 1, no: 2, ratio: 1 / 3, comments: 2, ticketCount: 3 });
      expect(row).toMatchObject({ docId: unhelpful.replace('/docs/', '') });
      const detail = row as unknown as { latestComments: { helpful: boolean; comment: string }[]; tickets: { number: string; status: string }[] };
      expect(detail.latestComments).toHaveLength(2);
      expect(detail.latestComments[0]).toMatchObject({ helpful: false, comment: '第 2 条：例子不够' });
      expect(detail.tickets.map((ticket) => ticket.number)).toEqual(tickets);
      expect(rowOf(res.body, helpful)).toMatchObject({ yes: 5, no: 0, ratio: 1, ticketCount: 0 });
      await report(`from=${day}&to=${day}`, admin.bearer).expect(200);
    });

    it('orders by most answers, filters by language and counts a period by when answers were last given', async () => {
      const most = await report(`from=${day}&to=${day}&sort=most_votes`).expect(200);
      const order = most.body.pages.map((row: { page: string }) => row.page).filter((page: string) => [unhelpful, helpful, english].includes(page));
      expect(order).toEqual([helpful, english, unhelpful]);
      const en = await report(`from=${day}&to=${day}&locale=en`).expect(200);
      expect(en.body.pages.every((row: { locale: string }) => row.locale === 'en')).toBe(true);
      expect(rowOf(en.body, english)).toBeDefined();
      const twoDays = await report(`from=${day}&to=2026-11-21`).expect(200);
      expect(rowOf(twoDays.body, helpful)).toMatchObject({ yes: 5, no: 1 });
    });

    it('exports the same pages as CSV headed in the caller’s language, formulas defused', async () => {
      const formula = newPage();
      now = new Date(`${day}T05:00:00Z`);
      await vote(formula, newKey(), false, { title: '=HYPERLINK("https://evil.example")' }).expect(200);
      const zh = await request(app).get(`/api/v1/page-feedback/report.csv?from=${day}&to=${day}`).set('Authorization', agent.bearer).set('Accept-Language', 'zh-CN').expect(200);
      expect(zh.headers['content-type']).toMatch(/^text\/csv/);
      expect(zh.headers['content-disposition']).toContain(`page-feedback-${day}-${day}.csv`);
      expect(zh.text.startsWith('\ufeff页面,标题,文档 ID')).toBe(true);
      const line = zh.text.split('\n').find((text) => text.startsWith(`${unhelpful},`))!;
      expect(line).toBe(`${unhelpful},备份与恢复,${unhelpful.replace('/docs/', '')},zh-Hans,0.8,1,2,0.333,2,3,${tickets.join(' ')}`);
      expect(zh.text).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
      const en = await request(app).get(`/api/v1/page-feedback/report.csv?from=${day}&to=${day}`).set('Authorization', agent.bearer).set('Accept-Language', 'en').expect(200);
      expect(en.text.startsWith('page,title,doc id,locale,version,yes,no')).toBe(true);
    });

    it('refuses a period that is backwards, too long or not a date, naming the field', async () => {
      expect((await report('from=2026-11-21&to=2026-11-20').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'from', code: 'after_to' })]);
      expect((await report('from=2025-01-01&to=2026-11-20').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'period_too_long' })]);
      expect((await report('from=2026-02-30&to=2026-03-01').expect(400)).body.errors[0].field).toBe('from');
      expect((await report(`from=${day}&to=${day}&sort=best`).expect(400)).body.errors[0].field).toBe('sort');
    });

    it('is for staff only', async () => {
      expect((await request(app).get(`/api/v1/page-feedback/report?from=${day}&to=${day}`).expect(401)).body.code).toBe('unauthenticated');
    });

    it('lets an administrator remove an abusive comment while the answer still counts; an agent may not', async () => {
      const target = await db.prisma.pageFeedback.findFirstOrThrow({ where: { page: english, comment: { not: null } } });
      const path = `/api/v1/page-feedback/${target.id}/comment`;
      expect((await request(app).delete(path).set('Authorization', agent.bearer).expect(403)).body.code).toBe('forbidden');
      await request(app).delete(path).set('Authorization', admin.bearer).expect(204);
      const row = rowOf((await report(`from=${day}&to=${day}`).expect(200)).body, english) as unknown as { yes: number; no: number; comments: number; latestComments: { id: string }[] };
      expect(row).toMatchObject({ yes: 2, no: 2, comments: 1 });
      expect(row.latestComments.map((comment) => comment.id)).not.toContain(target.id);
      expect((await request(app).delete('/api/v1/page-feedback/0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11/comment').set('Authorization', admin.bearer).expect(404)).body.code).toBe('not_found');
      expect((await request(app).delete('/api/v1/page-feedback/not-a-uuid/comment').set('Authorization', admin.bearer).expect(400)).body.errors[0].field).toBe('id');
    });
  });
});
