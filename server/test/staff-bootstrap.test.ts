import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { createAdmin, ensureInitialAdmin } from '../src/staff/bootstrap.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';
import { silentLogger } from './support/logger.js';

const adminPassword = 'the first admin password';

/** Its own database: the first administrator is made only when there is no active one. */
describe('the first administrator', () => {
  let db: Database;
  let close: () => Promise<void>;
  const context = (env: NodeJS.ProcessEnv): Pick<AppContext, 'config' | 'prisma' | 'logger'> => ({
    config: testConfig(env),
    prisma: db.prisma,
    logger: silentLogger,
  });
  const signIn = (email: string, password = adminPassword) =>
    request(testApp(db)).post('/api/v1/auth/login').send({ email, password });

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
  });
  afterAll(() => close());

  it('does nothing when ADMIN_EMAIL is not set', async () => {
    expect(await ensureInitialAdmin(context({}))).toBe('not-configured');
    expect(await db.prisma.user.count()).toBe(0);
  });

  it('promotes, reactivates and re-keys an existing account with that address when no administrator is active', async () => {
    const agent = await createStaff(db.prisma, { role: 'agent', active: false });
    expect(await ensureInitialAdmin(context({ ADMIN_EMAIL: agent.email, ADMIN_PASSWORD: adminPassword }))).toBe('promoted');
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: agent.id } })).toMatchObject({ role: 'admin', active: true });
    await signIn(agent.email).expect(200);
    await db.prisma.user.update({ where: { id: agent.id }, data: { role: 'agent' } });
  });

  it('creates the configured administrator at start when none is active, once, even from racing replicas', async () => {
    const env = { ADMIN_EMAIL: 'Ops@Example.com', ADMIN_PASSWORD: adminPassword };
    const outcomes = await Promise.all([ensureInitialAdmin(context(env)), ensureInitialAdmin(context(env))]);
    expect(outcomes.sort()).toEqual(['admin-exists', 'created']);
    const res = await signIn('ops@example.com').expect(200);
    expect(res.body.user).toMatchObject({ email: 'ops@example.com', role: 'admin', locale: 'zh-Hans' });
  });

  it('ignores the variables once an administrator exists, so a password changed later is kept', async () => {
    expect(await ensureInitialAdmin(context({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'another long password' }))).toBe(
      'admin-exists',
    );
    await signIn('ops@example.com').expect(200);
    expect(await ensureInitialAdmin(context({ ADMIN_EMAIL: 'someone@example.com', ADMIN_PASSWORD: adminPassword }))).toBe('admin-exists');
    expect(await db.prisma.user.count({ where: { email: 'someone@example.com' } })).toBe(0);
  });

  it('admin:create makes an administrator with the rules of the console, refusing a taken address', async () => {
    const lead = { email: 'lead@example.com', name: '刘洋 🛠️', locale: 'en' as const, password: adminPassword };
    const created = await createAdmin({ prisma: db.prisma }, lead);
    expect(created).toMatchObject({ email: 'lead@example.com', name: '刘洋 🛠️', role: 'admin', locale: 'en', active: true });
    await signIn('lead@example.com').expect(200);
    await expect(createAdmin({ prisma: db.prisma }, { ...lead, name: 'x' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
