import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { enqueue } from '../src/notifications/outbox-repository.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';

// The outbox in /metrics: messages per status and how long the oldest due one has waited.

let database: { db: Database; close(): Promise<void> };
beforeAll(async () => {
  database = await migratedDatabase();
});
afterAll(async () => {
  await database?.close();
});

const gauge = (text: string, line: string) => {
  const match = new RegExp(`^${line.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
};

async function queue(status: 'pending' | 'sent' | 'dead', dueSecondsAgo = 0) {
  const prisma = database.db.prisma;
  const { id } = await prisma.$transaction((tx) =>
    enqueue(tx, { kind: 'magic_link', recipient: 'someone@example.com', locale: 'en', payload: { url: 'https://x.example/', expiresInMinutes: 30, tickets: [] } }, { domain: 'x.example' }),
  );
  await prisma.outboxMessage.update({ where: { id }, data: { status, nextAttemptAt: new Date(Date.now() - dueSecondsAgo * 1000) } });
}

describe('outbox metrics', () => {
  it('reports zero for every status on an empty outbox', async () => {
    const text = (await request(testApp(database.db)).get('/metrics').expect(200)).text;
    for (const status of ['pending', 'sending', 'sent', 'dead']) expect(gauge(text, `handover_outbox_messages{status="${status}"}`)).toBe(0);
    expect(gauge(text, 'handover_outbox_oldest_due_seconds')).toBe(0);
  });

  it('counts messages per status, and says how long the oldest due message has waited', async () => {
    await queue('sent');
    await queue('sent');
    await queue('dead');
    await queue('pending', 600);
    await queue('pending', 30);
    const text = (await request(testApp(database.db)).get('/metrics').expect(200)).text;
    expect(gauge(text, 'handover_outbox_messages{status="sent"}')).toBe(2);
    expect(gauge(text, 'handover_outbox_messages{status="dead"}')).toBe(1);
    expect(gauge(text, 'handover_outbox_messages{status="pending"}')).toBe(2);
    const waited = gauge(text, 'handover_outbox_oldest_due_seconds')!;
    expect(waited).toBeGreaterThanOrEqual(600);
    expect(waited).toBeLessThan(3600);
  });
});
