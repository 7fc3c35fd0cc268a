import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import type { Database } from '../src/db/database.js';
import { hashToken } from '../src/shared/tokens.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff, type TestStaff } from './support/staff.js';

const password = 'correct horse battery staple';

describe('personal API tokens', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let signIns = 0;
  const config = testConfig({ TRUST_PROXY: 'loopback' });

  /** A staff member signed in to the console: tokens are made from a session. */
  async function consoleSession(via = app): Promise<{ staff: TestStaff; cookie: string; csrf: string }> {
    const staff = await createStaff(db.prisma, { name: '李娜 🌸' });
    await db.prisma.user.update({ where: { id: staff.id }, data: { passwordHash: await hashPassword(password) } });
    const res = await request(via)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', `10.2.0.${++signIns}`) // one address each, clear of the per-address limit
      .send({ email: staff.email, password })
      .expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ho_session='))!.split(';')[0]!;
    return { staff, cookie, csrf: res.body.csrfToken };
  }

  function createToken(session: { cookie: string; csrf: string }, body: object, via = app) {
    return request(via).post('/api/v1/auth/tokens').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send(body);
  }

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config });
  });
  afterAll(() => close());

  it('shows a new token once, stores only its hash, and lets it authenticate as its owner', async () => {
    const session = await consoleSession();
    const res = await createToken(session, { name: '监控 integration ✨' }).expect(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { token, ...summary } = res.body;
    expect(token).toMatch(/^hop_[A-Za-z0-9_-]{43}$/);
    expect(summary).toEqual({
      id: expect.any(String),
      name: '监控 integration ✨',
      prefix: token.slice(0, 12),
      createdAt: expect.any(String),
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row.tokenHash).toBe(hashToken(token));

    const me = await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.user.id).toBe(session.staff.id);

    const list = await request(app).get('/api/v1/auth/tokens').set('Cookie', session.cookie).expect(200);
    const listed = list.body.items.find((t: { id: string }) => t.id === summary.id);
    expect(listed).toMatchObject({ name: '监控 integration ✨', prefix: summary.prefix, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(JSON.stringify(list.body)).not.toContain(row.tokenHash);
  });

  it('lists only the caller’s own tokens', async () => {
    const mine = await consoleSession();
    const theirs = await consoleSession();
    await createToken(mine, { name: 'mine' }).expect(201);
    await createToken(theirs, { name: 'theirs' }).expect(201);
    const list = await request(app).get('/api/v1/auth/tokens').set('Authorization', mine.staff.bearer).expect(200);
    expect(list.body.items.map((t: { name: string }) => t.name).sort()).toEqual(['mine', 'test']);
  });

  it('will not mint a token for a caller who holds only a token', async () => {
    const staff = await createStaff(db.prisma);
    const res = await request(app).post('/api/v1/auth/tokens').set('Authorization', staff.bearer).send({ name: 'successor' }).expect(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('refuses a revoked token at once, and shows when it was revoked', async () => {
    const session = await consoleSession();
    const { body: created } = await createToken(session, { name: 'ci' }).expect(201);
    await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${created.token}`).expect(200);
    await request(app).delete(`/api/v1/auth/tokens/${created.id}`).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).expect(204);
    await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${created.token}`).expect(401);
    const list = await request(app).get('/api/v1/auth/tokens').set('Cookie', session.cookie).expect(200);
    expect(list.body.items.find((t: { id: string }) => t.id === created.id).revokedAt).toEqual(expect.any(String));
    // Revoking again is harmless.
    await request(app).delete(`/api/v1/auth/tokens/${created.id}`).set('Authorization', session.staff.bearer).expect(204);
  });

  it('answers 404 for someone else’s token id, which keeps working', async () => {
    const owner = await consoleSession();
    const other = await createStaff(db.prisma);
    const { body: created } = await createToken(owner, { name: 'owner’s' }).expect(201);
    const res = await request(app).delete(`/api/v1/auth/tokens/${created.id}`).set('Authorization', other.bearer).expect(404);
    expect(res.body.code).toBe('not_found');
    await request(app).delete(`/api/v1/auth/tokens/${randomUUID()}`).set('Authorization', other.bearer).expect(404);
    await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${created.token}`).expect(200);
  });

  it('stops accepting a token when it expires', async () => {
    const start = new Date('2026-12-01T00:00:00Z');
    const at = (days: number) => testApp(db, { config, now: () => new Date(start.getTime() + days * 86_400_000) });
    const session = await consoleSession(at(0));
    const created = await createToken(session, { name: 'short-lived', expiresInDays: 2 }, at(0)).expect(201);
    expect(created.body.expiresAt).toBe('2026-12-03T00:00:00.000Z');
    const bearer = `Bearer ${created.body.token}`;
    await request(at(1.99)).get('/api/v1/auth/me').set('Authorization', bearer).expect(200);
    expect((await request(at(2)).get('/api/v1/auth/me').set('Authorization', bearer).expect(401)).body.code).toBe('unauthenticated');
  });

  it('names each invalid field of a new token, and of a token id', async () => {
    const session = await consoleSession();
    const fields = async (body: object) => {
      const res = await createToken(session, body).expect(400);
      expect(res.body.code).toBe('validation_failed');
      return res.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await fields({})).toEqual(['name']);
    expect(await fields({ name: '   ' })).toEqual(['name']);
    expect(await fields({ name: 'x'.repeat(101) })).toEqual(['name']);
    expect(await fields({ name: 'ok', expiresInDays: 0 })).toEqual(['expiresInDays']);
    expect(await fields({ name: 'ok', expiresInDays: 1.5 })).toEqual(['expiresInDays']);
    expect(await fields({ name: 'ok', expiresInDays: '7' })).toEqual(['expiresInDays']);
    expect(await fields({ name: 'ok', expiresInDays: 3651 })).toEqual(['expiresInDays']);
    const badId = await request(app).delete('/api/v1/auth/tokens/not-a-uuid').set('Authorization', session.staff.bearer).expect(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('keeps tokens to staff: anonymous callers are asked to sign in', async () => {
    expect((await request(app).get('/api/v1/auth/tokens').expect(401)).body.code).toBe('unauthenticated');
    await request(app).post('/api/v1/auth/tokens').send({ name: 'x' }).expect(401);
    await request(app).delete(`/api/v1/auth/tokens/${randomUUID()}`).expect(401);
  });
});
