import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';

/** Its own database: these rules depend on how many active administrators exist in all. */
describe('the team always keeps one active administrator', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db);
  });
  afterAll(() => close());

  // Role changes need a signed-in administrator (a session), not an API token.
  const patch = (admin: TestStaff, id: string, body: object) =>
    request(app).patch(`/api/v1/staff/${id}`).set(sessions.get(admin.id)!).send(body);
  const sessions = new Map<string, Record<string, string>>();
  const signedIn = async (admin: TestStaff) => (sessions.set(admin.id, await createSession(db.prisma, admin)), admin);

  it('refuses to demote or deactivate the only active administrator, naming the field', async () => {
    const only = await signedIn(await createStaff(db.prisma, { role: 'admin' }));
    await createStaff(db.prisma, { role: 'admin', active: false }); // an inactive admin does not count
    const demote = await patch(only, only.id, { role: 'agent' }).expect(409);
    expect(demote.body).toMatchObject({ code: 'last_admin', errors: [{ field: 'role', code: 'last_admin' }] });
    const deactivate = await patch(only, only.id, { active: false }).expect(409);
    expect(deactivate.body).toMatchObject({ code: 'last_admin', errors: [{ field: 'active' }] });
    const zh = await patch(only, only.id, { role: 'agent' }).set('Accept-Language', 'zh-CN');
    expect(zh.body.title).toBe('不能降级或停用最后一位在职的管理员');
    await patch(only, only.id, { name: 'Still in charge' }).expect(200);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ role: 'admin', active: true });

    // With a second active administrator, one of them may step down; then the other is the last one.
    const second = await signedIn(await createStaff(db.prisma, { role: 'admin' }));
    await patch(second, only.id, { role: 'agent' }).expect(200);
    await patch(second, second.id, { active: false }).expect(409);
  });

  it('lets exactly one of two administrators demoting each other at the same moment succeed', async () => {
    await db.prisma.user.updateMany({ where: { role: 'admin' }, data: { role: 'agent' } });
    const a = await signedIn(await createStaff(db.prisma, { role: 'admin' }));
    const b = await signedIn(await createStaff(db.prisma, { role: 'admin' }));
    const [ab, ba] = await Promise.all([patch(a, b.id, { role: 'agent' }), patch(b, a.id, { role: 'agent' })]);
    expect([ab.status, ba.status].sort()).toEqual([200, expect.any(Number)]);
    // The loser is refused either as no longer an admin (403) or as the last admin (409): never both demoted.
    expect([403, 409]).toContain(ab.status === 200 ? ba.status : ab.status);
    expect(await db.prisma.user.count({ where: { role: 'admin', active: true } })).toBe(1);
  });
});
