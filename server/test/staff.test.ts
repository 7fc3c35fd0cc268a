import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';

const password = 'a first password, long enough';

describe('staff administration', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let admin: TestStaff;
  let adminSession: Record<string, string>;
  let agent: TestStaff;
  let signIns = 0;

  const newMember = (overrides: object = {}) => ({
    email: `Member-${randomUUID().slice(0, 8)}@Example.com`,
    name: '陈静',
    role: 'agent',
    locale: 'zh-Hans',
    password,
    ...overrides,
  });

  function signIn(email: string) {
    return request(app).post('/api/v1/auth/login').set('X-Forwarded-For', `10.4.0.${++signIns}`).send({ email, password });
  }

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: testConfig({ TRUST_PROXY: 'loopback' }) });
    admin = await createStaff(db.prisma, { role: 'admin' });
    adminSession = await createSession(db.prisma, admin);
    agent = await createStaff(db.prisma, { role: 'agent' });
  });
  afterAll(() => close());

  it('asks anonymous callers to sign in and refuses agents the administrator routes', async () => {
    const id = agent.id;
    const anonymous = [
      request(app).get('/api/v1/staff'),
      request(app).post('/api/v1/staff').send(newMember()),
      request(app).patch(`/api/v1/staff/${id}`).send({ name: 'x' }),
    ];
    for (const call of anonymous) {
      expect((await call.expect(401)).body.code).toBe('unauthenticated');
    }
    const create = await request(app).post('/api/v1/staff').set('Authorization', agent.bearer).send(newMember()).expect(403);
    expect(create.body.code).toBe('forbidden');
    await request(app).patch(`/api/v1/staff/${id}`).set('Authorization', agent.bearer).send({ role: 'admin' }).expect(403);
  });

  it('refuses an API token what would let a leaked token outlive its revocation, and allows the rest', async () => {
    const before = await db.prisma.user.count();
    const create = await request(app).post('/api/v1/staff').set('Authorization', admin.bearer).send(newMember({ role: 'admin' })).expect(403);
    expect(create.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('signed in to the console') });
    expect(await db.prisma.user.count()).toBe(before);
    const member = await createStaff(db.prisma, { active: false });
    await request(app).patch(`/api/v1/staff/${member.id}`).set('Authorization', admin.bearer).send({ role: 'admin' }).expect(403);
    await request(app).patch(`/api/v1/staff/${member.id}`).set('Authorization', admin.bearer).send({ active: true }).expect(403);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ role: 'agent', active: false });
    await request(app).patch(`/api/v1/staff/${member.id}`).set('Authorization', admin.bearer).send({ name: '新名字', onCall: true }).expect(200);
    await request(app).patch(`/api/v1/staff/${member.id}`).set('Authorization', admin.bearer).send({ active: false }).expect(200);
    await request(app).patch(`/api/v1/staff/${member.id}`).set(adminSession).send({ active: true, role: 'admin' }).expect(200);
  });

  it('adds a staff member with a lower-cased address who can then sign in', async () => {
    const body = newMember({ name: '王芳 👩‍💻', locale: 'en' });
    const res = await request(app).post('/api/v1/staff').set(adminSession).send(body).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: body.email.toLowerCase(),
      name: '王芳 👩‍💻',
      role: 'agent',
      locale: 'en',
      active: true,
      onCall: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toContain('scrypt');
    const signedIn = await signIn(body.email).expect(200);
    expect(signedIn.body.user).toMatchObject({ id: res.body.id, name: '王芳 👩‍💻', role: 'agent' });
  });

  it('defaults a new member to agent in Simplified Chinese', async () => {
    const { role: _role, locale: _locale, ...body } = newMember();
    const res = await request(app).post('/api/v1/staff').set(adminSession).send(body).expect(201);
    expect(res.body).toMatchObject({ role: 'agent', locale: 'zh-Hans' });
  });

  it('refuses a second member with the same address in any case, naming the field', async () => {
    const body = newMember();
    await request(app).post('/api/v1/staff').set(adminSession).send(body).expect(201);
    const again = await request(app)
      .post('/api/v1/staff')
      .set(adminSession)
      .send({ ...body, email: body.email.toUpperCase() })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'conflict', errors: [{ field: 'email', code: 'taken' }] });
  });

  it('names each invalid field of a new member', async () => {
    const fieldsOf = async (overrides: object) => {
      const res = await request(app).post('/api/v1/staff').set(adminSession).send(newMember(overrides)).expect(400);
      expect(res.body.code).toBe('validation_failed');
      return res.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await fieldsOf({ email: 'not an address' })).toEqual(['email']);
    expect(await fieldsOf({ email: undefined })).toEqual(['email']);
    expect(await fieldsOf({ name: '  ' })).toEqual(['name']);
    expect(await fieldsOf({ name: '名'.repeat(101) })).toEqual(['name']);
    expect(await fieldsOf({ name: 'Line\nbreak' })).toEqual(['name']);
    expect(await fieldsOf({ role: 'owner' })).toEqual(['role']);
    expect(await fieldsOf({ locale: 'fr' })).toEqual(['locale']);
    expect(await fieldsOf({ password: 'short' })).toEqual(['password']);
    expect(await fieldsOf({ password: undefined })).toEqual(['password']);
  });

  it('shows administrators everyone and agents only the active colleagues, without addresses', async () => {
    const inactive = await createStaff(db.prisma, { active: false, name: '停用的同事' });
    const full = await request(app).get('/api/v1/staff').set(adminSession).expect(200);
    expect(full.body.items).toContainEqual(expect.objectContaining({ id: inactive.id, email: inactive.email, active: false }));
    const directory = await request(app).get('/api/v1/staff').set('Authorization', agent.bearer).expect(200);
    expect(directory.body.items.map((m: { id: string }) => m.id)).not.toContain(inactive.id);
    expect(directory.body.items).toContainEqual({ id: admin.id, name: admin.name, role: 'admin', active: true, onCall: false });
    for (const entry of directory.body.items) expect(Object.keys(entry).sort()).toEqual(['active', 'id', 'name', 'onCall', 'role']);
  });

  it('renames a member, changes their role and language', async () => {
    const member = await createStaff(db.prisma);
    const res = await request(app)
      .patch(`/api/v1/staff/${member.id}`)
      .set(adminSession)
      .send({ name: '  赵磊 ⚙️ ', role: 'admin', locale: 'zh-Hans' })
      .expect(200);
    expect(res.body).toMatchObject({ id: member.id, name: '赵磊 ⚙️', role: 'admin', locale: 'zh-Hans', active: true });
    const me = await request(app).get('/api/v1/auth/me').set('Authorization', member.bearer).expect(200);
    expect(me.body.user).toMatchObject({ name: '赵磊 ⚙️', role: 'admin' });
  });

  it('deactivating a member ends their sessions and stops their tokens; reactivating restores the tokens', async () => {
    const created = await request(app).post('/api/v1/staff').set(adminSession).send(newMember()).expect(201);
    const session = await signIn(created.body.email).expect(200);
    const cookie = (session.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ho_session='))!.split(';')[0]!;
    const member = await createStaff(db.prisma);
    await request(app).patch(`/api/v1/staff/${created.body.id}`).set(adminSession).send({ active: false }).expect(200);
    await request(app).patch(`/api/v1/staff/${member.id}`).set(adminSession).send({ active: false }).expect(200);
    expect(await db.prisma.session.count({ where: { userId: created.body.id } })).toBe(0);
    await request(app).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    await request(app).get('/api/v1/staff').set('Authorization', member.bearer).expect(401);
    await signIn(created.body.email).expect(401);
    await request(app).patch(`/api/v1/staff/${member.id}`).set(adminSession).send({ active: true }).expect(200);
    await request(app).get('/api/v1/staff').set('Authorization', member.bearer).expect(200);
  });

  it('names each invalid field of a change, and answers 404 for an unknown member', async () => {
    const change = async (body: object, id = agent.id) => {
      const res = await request(app).patch(`/api/v1/staff/${id}`).set(adminSession).send(body).expect(400);
      expect(res.body.code).toBe('validation_failed');
      return res.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await change({})).toEqual(['(root)']);
    expect(await change({ name: '' })).toEqual(['name']);
    expect(await change({ role: 'root' })).toEqual(['role']);
    expect(await change({ active: 'no' })).toEqual(['active']);
    expect(await change({ locale: 'de' })).toEqual(['locale']);
    expect(await change({ name: 'x' }, 'not-a-uuid')).toEqual(['id']);
    const missing = await request(app).patch(`/api/v1/staff/${randomUUID()}`).set(adminSession).send({ name: 'x' }).expect(404);
    expect(missing.body.code).toBe('not_found');
  });

  it('lets an administrator act through a session cookie with its CSRF token', async () => {
    const created = await request(app).post('/api/v1/staff').set(adminSession).send(newMember({ role: 'admin' })).expect(201);
    const session = await signIn(created.body.email).expect(200);
    const cookie = (session.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ho_session='))!.split(';')[0]!;
    await request(app).post('/api/v1/staff').set('Cookie', cookie).send(newMember()).expect(403);
    await request(app).post('/api/v1/staff').set('Cookie', cookie).set('X-CSRF-Token', session.body.csrfToken).send(newMember()).expect(201);
  });
});
