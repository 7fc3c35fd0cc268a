import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import type { Database } from '../src/db/database.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';

const password = 'correct horse battery staple';
const config = testConfig({ TRUST_PROXY: 'loopback' });

describe('sign-in rate limits', () => {
  let db: Database;
  let close: () => Promise<void>;
  let addresses = 0;
  /** A clock the test moves; every app built here reads it. */
  let clock = new Date('2026-12-01T08:00:00Z');
  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  function attempt(email: string, secret: string, from = `10.3.${Math.floor(++addresses / 250)}.${addresses % 250}`) {
    return request(testApp(db, { config, now: () => clock }))
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', from)
      .send({ email, password: secret });
  }

  async function staffWithPassword() {
    const staff = await createStaff(db.prisma);
    await db.prisma.user.update({ where: { id: staff.id }, data: { passwordHash: await hashPassword(password) } });
    return staff;
  }

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
  });
  afterAll(() => close());

  it('allows 20 attempts in 15 minutes from one address, then answers 429 with Retry-After', async () => {
    const staff = await staffWithPassword();
    for (let i = 0; i < 20; i++) await attempt(`nobody-${i}@example.com`, 'wrong password', '203.0.113.7').expect(401);
    const limited = await attempt(staff.email, password, '203.0.113.7').expect(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    await attempt(staff.email, password, '203.0.113.8').expect(200); // another address is not affected
    later(15);
    await attempt(staff.email, password, '203.0.113.7').expect(200);
  });

  it('locks an account after 5 failures, even against the right password, until the window ends', async () => {
    const staff = await staffWithPassword();
    for (let i = 0; i < 5; i++) await attempt(staff.email, `guess ${i}`).expect(401);
    const locked = await attempt(staff.email, password).expect(429);
    expect(locked.body.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    later(10);
    expect(Number((await attempt(staff.email.toUpperCase(), password).expect(429)).headers['retry-after'])).toBe(5 * 60);
    later(5);
    await attempt(staff.email, password).expect(200);
  });

  it('forgets an account’s failures when it signs in successfully', async () => {
    const staff = await staffWithPassword();
    for (let i = 0; i < 4; i++) await attempt(staff.email, `guess ${i}`).expect(401);
    await attempt(staff.email, password).expect(200);
    for (let i = 0; i < 4; i++) await attempt(staff.email, `guess ${i}`).expect(401);
    await attempt(staff.email, password).expect(200);
  });

  it('makes the wait longer when failures go on: at most 10 an hour', async () => {
    const staff = await staffWithPassword();
    for (let i = 0; i < 5; i++) await attempt(staff.email, `guess ${i}`).expect(401);
    later(15);
    for (let i = 0; i < 5; i++) await attempt(staff.email, `guess ${i}`).expect(401);
    later(15);
    const locked = await attempt(staff.email, password).expect(429);
    expect(Number(locked.headers['retry-after'])).toBe(30 * 60);
    later(30);
    await attempt(staff.email, password).expect(200);
  });

  it('locks unknown addresses the same way, so a 429 does not reveal which accounts exist', async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    for (let i = 0; i < 5; i++) await attempt(email, `guess ${i}`).expect(401);
    await attempt(email, 'guess again').expect(429);
  });

  it('counts wrong current passwords on a password change towards the same lock', async () => {
    const staff = await staffWithPassword();
    const app = testApp(db, { config, now: () => clock });
    for (let i = 0; i < 5; i++) {
      await request(app)
        .post('/api/v1/auth/password')
        .set('Authorization', staff.bearer)
        .set('X-Forwarded-For', `198.51.100.${i}`)
        .send({ currentPassword: `guess ${i}`, newPassword: 'a new and long password' })
        .expect(400);
    }
    const limited = await request(app)
      .post('/api/v1/auth/password')
      .set('Authorization', staff.bearer)
      .set('X-Forwarded-For', '198.51.100.9')
      .send({ currentPassword: password, newPassword: 'a new and long password' })
      .expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
    await attempt(staff.email, password).expect(429);
  });
});
