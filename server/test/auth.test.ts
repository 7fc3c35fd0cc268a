import { randomBytes, randomUUID, scryptSync } from 'node:crypto';
import type { Express } from 'express';
import request, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '../src/auth/password.js';
import { dummyPasswordHash } from '../src/auth/service.js';
import type { Database } from '../src/db/database.js';
import { hashToken } from '../src/shared/tokens.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';

const password = 'correct horse battery staple';
const config = testConfig({ TRUST_PROXY: 'loopback' });

/** Each sign-in from its own address, so the per-address limit (tested in auth-rate-limit) stays out of the way. */
function signIn(app: Express, email: string, secret = password) {
  const address = `10.1.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  return request(app).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password: secret });
}

function setCookies(res: Response): string[] {
  const header = res.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? header : [];
}

function sessionCookie(res: Response): string {
  const cookie = setCookies(res).find((c) => c.startsWith('ho_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(res.headers)}`);
  return cookie.split(';')[0]!;
}

describe('staff sign-in with e-mail and password', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;

  async function staffWithPassword(options: Parameters<typeof createStaff>[1] = {}) {
    const staff = await createStaff(db.prisma, options);
    await db.prisma.user.update({ where: { id: staff.id }, data: { passwordHash: await hashPassword(password) } });
    return staff;
  }

  async function signedIn(options: Parameters<typeof createStaff>[1] = {}) {
    const staff = await staffWithPassword(options);
    const res = await signIn(app, staff.email).expect(200);
    return { staff, cookie: sessionCookie(res), csrfToken: res.body.csrfToken as string };
  }

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config });
  });
  afterAll(() => close());

  it('when staff sign in with the right password, they get an httpOnly session cookie and a CSRF token', async () => {
    const staff = await staffWithPassword({ name: '张伟 🚀', locale: 'zh-Hans' });
    const res = await signIn(app, staff.email.toUpperCase()).expect(200);
    expect(res.body).toEqual({
      user: { id: staff.id, email: staff.email, name: '张伟 🚀', role: 'agent', locale: 'zh-Hans' },
      csrfToken: expect.any(String),
    });
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = setCookies(res).find((c) => c.startsWith('ho_session='))!;
    expect(cookie).toMatch(/; Max-Age=43200;/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    // Only the token's hash is stored.
    const token = sessionCookie(res).slice('ho_session='.length);
    const rows = await db.prisma.session.findMany({ where: { userId: staff.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('lets a signed-in member change their own language (with the CSRF token), and refuses any other field', async () => {
    const { staff, cookie, csrfToken } = await signedIn({ locale: 'zh-Hans' });
    await request(app).patch('/api/v1/auth/me').set('Cookie', cookie).send({ locale: 'en' }).expect(403); // no CSRF token
    const res = await request(app).patch('/api/v1/auth/me').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).send({ locale: 'en' }).expect(200);
    expect(res.body.user).toMatchObject({ id: staff.id, locale: 'en' });
    const me = await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.user.locale).toBe('en');
    const refused = await request(app).patch('/api/v1/auth/me').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).send({ role: 'admin' }).expect(400);
    expect(refused.body.code).toBe('validation_failed');
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe('agent');
  });

  it('sets the cookie without Secure when the public address is plain http', async () => {
    const staff = await staffWithPassword();
    const plain = testApp(db, { config: testConfig({ PUBLIC_URL: 'http://localhost:8000', TRUST_PROXY: 'loopback' }) });
    const cookie = setCookies(await signIn(plain, staff.email).expect(200)).find((c) => c.startsWith('ho_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('answers a wrong password, an unknown address and a deactivated account alike, and sets no cookie', async () => {
    const staff = await staffWithPassword();
    const inactive = await staffWithPassword({ active: false });
    const answers = await Promise.all([
      signIn(app, staff.email, 'not the password at all'),
      signIn(app, `nobody-${randomUUID()}@example.com`),
      signIn(app, inactive.email),
    ]);
    const comparable = (res: Response) => {
      const { requestId: _requestId, ...body } = res.body as Record<string, unknown>;
      return { status: res.status, body, cookies: setCookies(res) };
    };
    expect(comparable(answers[0]!)).toEqual({
      status: 401,
      body: expect.objectContaining({ code: 'invalid_credentials', title: '邮箱地址或密码错误' }),
      cookies: [],
    });
    expect(comparable(answers[1]!)).toEqual(comparable(answers[0]!));
    expect(comparable(answers[2]!)).toEqual(comparable(answers[0]!));
  });

  it('checks an unknown address against a real hash of the current cost, so timing does not tell which accounts exist', async () => {
    // The same work as for a real account: a full scrypt check with today's parameters (not a shortcut).
    const dummy = await dummyPasswordHash();
    expect(dummy).toMatch(/^scrypt\$/);
    expect(needsRehash(dummy)).toBe(false);
    expect(dummy.split('$').slice(0, 4)).toEqual((await hashPassword('something else entirely')).split('$').slice(0, 4));
    expect(await verifyPassword(password, dummy)).toBe(false);
    await signIn(app, `nobody-${randomUUID()}@example.com`).expect(401);
  });

  it('refuses an account whose password was never set (a placeholder hash) without failing', async () => {
    const staff = await createStaff(db.prisma);
    await signIn(app, staff.email).expect(401);
  });

  it('re-hashes a password stored with weaker parameters at the next sign-in', async () => {
    const staff = await staffWithPassword();
    const salt = randomBytes(16);
    const key = scryptSync(password.normalize('NFKC'), salt, 64, { N: 2 ** 14, r: 8, p: 1 });
    const weak = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    await db.prisma.user.update({ where: { id: staff.id }, data: { passwordHash: weak } });
    await signIn(app, staff.email).expect(200);
    const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    expect(passwordHash).not.toBe(weak);
    expect(needsRehash(passwordHash)).toBe(false);
    await signIn(app, staff.email).expect(200);
  });

  it('names each invalid field of a sign-in request', async () => {
    const res = await request(app).post('/api/v1/auth/login').send({ email: 'not-an-address', password: '' }).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
    const missing = await request(app).post('/api/v1/auth/login').send({}).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('tells the console who is signed in, with the CSRF token, and renews the cookie', async () => {
    const { staff, cookie, csrfToken } = await signedIn({ role: 'admin' });
    const res = await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(res.body).toEqual({ user: expect.objectContaining({ id: staff.id, role: 'admin' }), csrfToken });
    expect(setCookies(res).find((c) => c.startsWith('ho_session='))).toMatch(/Max-Age=43200/);
    const viaToken = await request(app).get('/api/v1/auth/me').set('Authorization', staff.bearer).expect(200);
    expect(viaToken.body).toEqual({ user: expect.objectContaining({ id: staff.id }) });
    await request(app).get('/api/v1/auth/me').expect(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token, or with a wrong one, and accepts the right one', async () => {
    const { cookie, csrfToken } = await signedIn();
    const without = await request(app).post('/api/v1/auth/logout').set('Cookie', cookie).expect(403);
    expect(without.body.code).toBe('csrf_failed');
    const wrong = await request(app).post('/api/v1/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', `${csrfToken}x`).expect(403);
    expect(wrong.body.code).toBe('csrf_failed');
    await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(200); // still signed in
    await request(app).post('/api/v1/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).expect(204);
  });

  it('signing out ends the session: the cookie is cleared and no longer works', async () => {
    const { staff, cookie, csrfToken } = await signedIn();
    const res = await request(app).post('/api/v1/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', csrfToken).expect(204);
    expect(setCookies(res).find((c) => c.startsWith('ho_session='))).toMatch(/^ho_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await db.prisma.session.count({ where: { userId: staff.id } })).toBe(0);
    const after = await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    // The browser is told to drop the dead cookie, so that it can sign in again.
    expect(setCookies(after).find((c) => c.startsWith('ho_session='))).toMatch(/^ho_session=; Max-Age=0/);
  });

  it('lets a browser with an ended or still valid session sign in again, ending the old session', async () => {
    const { staff, cookie } = await signedIn();
    const again = await signIn(app, staff.email).set('Cookie', cookie).expect(200);
    expect(sessionCookie(again)).not.toBe(cookie);
    expect(await db.prisma.session.count({ where: { userId: staff.id } })).toBe(1);
    await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    await signIn(app, staff.email).set('Cookie', cookie).expect(200); // the old cookie no longer matches anything
  });

  it('ends a session left unused for SESSION_TTL_HOURS, while use keeps it alive', async () => {
    const staff = await staffWithPassword();
    const start = new Date('2026-12-01T08:00:00Z');
    const at = (hours: number) => testApp(db, { config, now: () => new Date(start.getTime() + hours * 3_600_000) });
    const cookie = sessionCookie(await signIn(at(0), staff.email).expect(200));
    await request(at(11)).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    await request(at(22.9)).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    const idle = await request(at(22.9 + 12.01)).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    expect(idle.body.code).toBe('unauthenticated');
  });

  it('changing the password ends every other session of the account, keeps this one, and retires the old password', async () => {
    const { staff, cookie, csrfToken } = await signedIn();
    const other = sessionCookie(await signIn(app, staff.email).expect(200));
    const newPassword = '新的密码 is long enough 🔑';
    await request(app)
      .post('/api/v1/auth/password')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrfToken)
      .send({ currentPassword: password, newPassword })
      .expect(204);
    await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    await request(app).get('/api/v1/auth/me').set('Cookie', other).expect(401);
    await request(app).get('/api/v1/auth/me').set('Authorization', staff.bearer).expect(200); // tokens are revoked one by one
    await signIn(app, staff.email).expect(401);
    await signIn(app, staff.email, newPassword).expect(200);
  });

  it('refuses a password change with a wrong current password or a short new one, naming the field', async () => {
    const staff = await staffWithPassword();
    const wrong = await request(app)
      .post('/api/v1/auth/password')
      .set('Authorization', staff.bearer)
      .send({ currentPassword: 'guess guess guess', newPassword: 'a perfectly long password' })
      .expect(400);
    expect(wrong.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'currentPassword', code: 'incorrect' }] });
    const short = await request(app)
      .post('/api/v1/auth/password')
      .set('Authorization', staff.bearer)
      .send({ currentPassword: password, newPassword: 'too short' })
      .expect(400);
    expect(short.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'newPassword' }] });
    const missing = await request(app).post('/api/v1/auth/password').set('Authorization', staff.bearer).send({}).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['currentPassword', 'newPassword']);
    await request(app).post('/api/v1/auth/password').send({ currentPassword: password, newPassword: 'whatever it is, long' }).expect(401);
  });

  it('refuses a deactivated member’s session cookie and API token', async () => {
    const { staff, cookie } = await signedIn();
    await db.prisma.user.update({ where: { id: staff.id }, data: { active: false } });
    const res = await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    expect(res.body.detail).toBe('This account is deactivated.');
    await request(app).get('/api/v1/auth/me').set('Authorization', staff.bearer).expect(401);
  });
});
