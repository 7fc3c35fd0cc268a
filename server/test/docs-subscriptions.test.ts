import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { readMigrations } from '../src/db/migrations.js';
import type { DocsChange } from '../src/docs-subscriptions/ledger.js';
import type { Dispatcher } from '../src/notifications/dispatcher.js';
import { createDispatcher } from '../src/notifications/index.js';
import { smtpTransport, type MailTransport } from '../src/notifications/transport.js';
import { createServices, type Services } from '../src/services.js';
import { testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { silentLogger } from './support/logger.js';
import { mailCapture, mailHeader, mailKind, mailTo } from './support/mail.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { createStaff } from './support/staff.js';

// Readers subscribe to docs sections: double opt-in, digests of the ledger's changes through the outbox, one-click
// unsubscribe. Real database, real dispatcher, real SMTP server; the clock and the shipped ledger are the test's.

const dayMs = 86_400_000;
let clock = new Date('2026-12-07T01:00:00Z');
const dir = mkdtempSync(path.join(tmpdir(), 'handover-docs-ledger-'));
const ledgerFile = path.join(dir, 'docs-history.json');
const config = testConfig({ DOCS_HISTORY_FILE: ledgerFile });

let changes: DocsChange[] = [];
function change(fields: Pick<DocsChange, 'locale' | 'section' | 'id' | 'title'> & Partial<DocsChange>): DocsChange {
  const prefix = fields.locale === 'en' ? '/en' : '';
  const entry: DocsChange = {
    seq: changes.length + 1,
    file: `${fields.locale === 'en' ? 'i18n/en/docusaurus-plugin-content-docs/current' : 'docs'}/${fields.id}.md`,
    permalink: `${prefix}/docs/${fields.id}`,
    kind: 'updated',
    date: clock.toISOString().slice(0, 10),
    ...fields,
  };
  changes.push(entry);
  return entry;
}
/** A release: the server starts with the ledger as it now stands (a fresh composition root reads it once). */
function release(): { app: Express; services: Services } {
  writeFileSync(ledgerFile, JSON.stringify({ files: {}, changes }));
  const services = createServices(createContext({ config, db: database.db, logger: silentLogger, now: () => clock }));
  return { app: createApp({ config, logger: silentLogger, db: database.db, migrations: readMigrations(), services }), services };
}

let database: { db: Database; close(): Promise<void> };
let sink: SmtpSink;
let transport: MailTransport;
let dispatcher: Dispatcher;

beforeAll(async () => {
  database = await migratedDatabase();
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url, { maxConnections: 2 });
  dispatcher = createDispatcher(createContext({ config, db: database.db, logger: silentLogger, now: () => clock }), { transport }).dispatcher;
  change({ locale: 'en', section: 'operations', id: 'operations/backup', title: 'Backups' });
});
afterAll(async () => {
  transport?.close();
  await sink?.stop();
  await database?.close();
});

const mailFrom = (act: () => Promise<unknown>) => mailCapture(dispatcher, sink).mailFrom(act);
const confirmToken = (mail: ParsedMail) => /\/docs-changes\/confirm#token=(hod_[A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;

async function subscribe(app: Express, email: string, body: object = {}) {
  return request(app)
    .post('/api/v1/docs-subscriptions')
    .set('Accept-Language', 'en')
    .send({ email, sections: ['operations', 'faq'], frequency: 'weekly', locale: 'en', ...body });
}

describe('subscribing to docs sections', () => {
  it('sends only a confirmation link until it is followed, then one digest per period listing each changed page once', async () => {
    const first = release();
    const mails = await mailFrom(async () => expect((await subscribe(first.app, 'Reader@Example.com')).status).toBe(202));
    expect(mails.map((m) => [mailTo(m), mailKind(m)])).toEqual([['reader@example.com', 'docs_subscription_confirm']]);
    expect(mails[0]!.subject).toBe('Confirm your subscription to Handover docs updates');
    expect(mails[0]!.text).toContain('Operations, FAQ');
    const token = confirmToken(mails[0]!);

    // Double opt-in: a day later (the link works for 48 hours), with new pages in the sections, nothing reaches an unconfirmed address.
    change({ locale: 'en', section: 'operations', id: 'operations/restore', title: 'Restore', kind: 'added' });
    clock = new Date(clock.getTime() + dayMs);
    const early = release();
    expect(await mailFrom(() => early.services.docsSubscriptions.sendDueDigests())).toEqual([]);

    const confirmed = await request(early.app).post('/api/v1/docs-subscriptions/confirm').send({ token }).expect(200);
    expect(confirmed.body).toEqual({ sections: ['operations', 'faq'], frequency: 'weekly', locale: 'en' });
    expect((await request(early.app).post('/api/v1/docs-subscriptions/confirm').send({ token })).status).toBe(410);

    // The next release brings changes: in the sections and language, twice to one page, and others the reader did not ask for.
    change({ locale: 'en', section: 'operations', id: 'operations/upgrade', title: 'Upgrading' });
    change({ locale: 'en', section: 'faq', id: 'faq/port-8000', title: 'Port 8000 is taken', kind: 'added' });
    change({ locale: 'zh-Hans', section: 'faq', id: 'faq/port-8000', title: '端口 8000 被占用' });
    change({ locale: 'en', section: 'training', id: 'training/week-1', title: 'Week 1' });
    change({ locale: 'en', section: 'operations', id: 'operations/upgrade', title: 'Upgrading Handover' });
    clock = new Date(clock.getTime() + 3 * dayMs);
    const a = release();
    const b = release();
    // Not due yet (weekly, from the confirmation).
    expect(await mailFrom(() => a.services.docsSubscriptions.sendDueDigests())).toEqual([]);

    clock = new Date(clock.getTime() + 5 * dayMs);
    // Two replicas run at once: one digest.
    const digests = await mailFrom(() => Promise.all([a.services.docsSubscriptions.sendDueDigests(), b.services.docsSubscriptions.sendDueDigests()]));
    expect(digests.map((m) => [mailTo(m), mailKind(m)])).toEqual([['reader@example.com', 'docs_digest']]);
    const digest = digests[0]!;
    expect(digest.subject).toBe('Handover docs: 2 pages changed');
    expect(digest.text).toContain('Upgrading Handover (Operations, updated');
    expect(digest.text).toContain('https://support.example.com/en/docs/operations/upgrade');
    expect(digest.text).toContain('Port 8000 is taken (FAQ, new');
    expect(digest.text).not.toContain('Restore'); // before the confirmation
    expect(digest.text).not.toContain('端口');
    expect(digest.text).not.toContain('Week 1');
    expect(digest.text!.match(/operations\/upgrade/g)).toHaveLength(1);

    // Nothing new: the next week passes without an e-mail; a new change comes in the one after, alone.
    clock = new Date(clock.getTime() + 7 * dayMs);
    expect(await mailFrom(() => a.services.docsSubscriptions.sendDueDigests())).toEqual([]);
    change({ locale: 'en', section: 'faq', id: 'faq/search', title: 'Search finds nothing' });
    const c = release();
    clock = new Date(clock.getTime() + 7 * dayMs);
    const later = await mailFrom(() => c.services.docsSubscriptions.sendDueDigests());
    expect(later).toHaveLength(1);
    expect(later[0]!.subject).toBe('Handover docs: 1 page changed');
    expect(later[0]!.text).toContain('Search finds nothing');

    // One-click unsubscribe (RFC 8058): the header's address, POSTed as a mail client does; then no more digests.
    expect(mailHeader(later[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = new URL(/^<([^>]+)>$/.exec(mailHeader(later[0]!, 'List-Unsubscribe') ?? '')![1]!);
    expect(later[0]!.text).toContain('/en/docs-changes/unsubscribe#token=hou_');
    const done = await request(c.app).post(`${link.pathname}${link.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.body).toEqual({ kind: 'docs_digest', enabled: false });
    change({ locale: 'en', section: 'faq', id: 'faq/no-email', title: 'No e-mail arrives' });
    const d = release();
    clock = new Date(clock.getTime() + 14 * dayMs);
    expect(await mailFrom(() => d.services.docsSubscriptions.sendDueDigests())).toEqual([]);
  });

  it('answers a daily subscriber in Chinese with the Chinese pages', async () => {
    const first = release();
    const mails = await mailFrom(() => subscribe(first.app, 'duzhe@example.com', { locale: 'zh-Hans', frequency: 'daily', sections: ['faq'] }));
    expect(mails[0]!.subject).toBe('请确认订阅 Handover 文档更新');
    await request(first.app).post('/api/v1/docs-subscriptions/confirm').send({ token: confirmToken(mails[0]!) }).expect(200);
    change({ locale: 'zh-Hans', section: 'faq', id: 'faq/reindex', title: '如何重建索引？' });
    change({ locale: 'en', section: 'faq', id: 'faq/reindex', title: 'How do I rebuild the index?' });
    const next = release();
    clock = new Date(clock.getTime() + dayMs);
    const digests = await mailFrom(() => next.services.docsSubscriptions.sendDueDigests());
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Handover 文档：1 个页面有更新');
    expect(digests[0]!.text).toContain('如何重建索引？（常见问题，');
    expect(digests[0]!.text).toContain('https://support.example.com/docs/faq/reindex');
    expect(digests[0]!.text).not.toContain('rebuild');
  });

  it('refuses a link that is not one, an empty section list, and a fourth request for one address within the hour', async () => {
    const { app } = release();
    expect((await request(app).post('/api/v1/docs-subscriptions/confirm').send({ token: 'hod_nothing' })).status).toBe(410);
    const empty = await subscribe(app, 'x@example.com', { sections: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('sections');
    for (let i = 0; i < 3; i++) expect((await subscribe(app, 'often@example.com')).status).toBe(202);
    const limited = await subscribe(app, 'often@example.com');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
  });

  it('lets administrators count subscriptions, without addresses', async () => {
    const { app } = release();
    const admin = await createStaff(database.db.prisma, { role: 'admin' });
    const res = await request(app).get('/api/v1/admin/docs-subscriptions').set('Authorization', admin.bearer).expect(200);
    expect(res.body.active).toBe(1); // the Chinese reader; the English one unsubscribed
    expect(res.body.ended).toBe(1);
    expect(res.body.bySection).toMatchObject({ faq: 1, operations: 0 });
    expect(res.body.byFrequency).toEqual({ daily: 1, weekly: 0 });
    expect(res.body.ledgerChanges).toBe(changes.length);
    expect(JSON.stringify(res.body)).not.toContain('@');
  });
});
