import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument, SearchEngine } from '../src/search/documents.js';
import { EmbeddedEngine } from '../src/search/embedded-engine.js';
import { MeilisearchEngine } from '../src/search/meilisearch-engine.js';
import { WorkerEngine } from '../src/search/worker-engine.js';

/**
 * One contract for every search engine: the embedded one always, Meilisearch whenever MEILI_URL is set
 * (`MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=… npx vitest run server/test/search-contract.test.ts`), each on its
 * own index so runs never meet.
 */
const engines: { name: string; make: () => SearchEngine }[] = [
  { name: 'embedded', make: () => new EmbeddedEngine() },
  { name: 'embedded in a worker thread', make: () => new WorkerEngine() },
];
if (process.env.MEILI_URL) {
  engines.push({ name: 'meilisearch', make: () => new MeilisearchEngine({ url: process.env.MEILI_URL!, apiKey: process.env.MEILI_API_KEY, index: `contract-${randomUUID().slice(0, 8)}` }) });
}

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, type: 'doc', locale: 'zh-Hans', section: 'manual', title: '', headings: '', text: '', internal: '', url: `/docs/${id}`, tags: [], version: 'current', updatedAt: '2026-12-02T00:00:00.000Z', ...fields };
}

const corpus: SearchDocument[] = [
  doc('queue', { title: '工单队列', text: '队列按工单优先级排序，待处理的工单在等待客户回复。', tags: ['tickets'] }),
  doc('deploy-en', { locale: 'en', url: '/en/docs/deploy', section: 'operations', title: 'Deployment', text: 'Deploying with Kubernetes and Helm: the deployment waits for the migration job.', tags: ['deployment'] }),
  doc('deploy-zh', { section: 'operations', title: '部署', text: '用 Kubernetes 和 Helm 部署，部署会等待迁移任务完成。', tags: ['deployment'] }),
  doc('outbox', { section: 'operations', title: '邮件发件箱', text: '发送失败的邮件重试，用尽后成为死信。', tags: ['email'] }),
  doc('faq-link', { type: 'faq', section: 'faq', title: '找不到跟踪链接', text: '在“我的工单”页面输入邮箱，重新获取跟踪链接。', tags: ['tickets'] }),
  doc('ticket:1', { type: 'ticket', section: 'tickets', url: '/console/tickets/HO-1001', number: 'HO-1001', status: 'resolved', title: 'Nightly backup checksum mismatch', text: 'The nightly backup ends with checksum mismatch on part 3.', internal: 'disk firmware bug suspected' }),
  doc('ticket:2', { type: 'ticket', section: 'tickets', url: '/console/tickets/HO-1002', number: 'HO-1002', status: 'open', title: '导出超时', text: '全年报表导出超时。', internal: '' }),
];

const ids = (result: { hits: { document: SearchDocument }[] }) => result.hits.map((hit) => hit.document.id);
const query = (text: string, extra: Partial<Parameters<SearchEngine['search']>[0]> = {}) => ({ text, readerLocale: 'zh-Hans' as const, filters: {}, includeInternal: false, limit: 10, offset: 0, ...extra });

describe.each(engines)('the search engine contract: $name', ({ make }) => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = make();
    await engine.applySettings();
    await engine.clear();
    await engine.upsert(corpus);
  });
  afterAll(async () => {
    await engine.clear().catch(() => undefined);
    if (engine instanceof WorkerEngine) await engine.close();
  });

  it('reports itself healthy with its documents counted', async () => {
    expect(await engine.health()).toEqual({ ok: true, documents: corpus.length });
  });

  it('finds a Chinese word inside a longer one (处理 in 待处理, 工单 in 工单优先级)', async () => {
    expect(ids(await engine.search(query('处理')))).toContain('queue');
    expect(ids(await engine.search(query('优先级')))).toEqual(['queue']);
  });

  it('finds an English word by another form of it and with a typo', async () => {
    expect(ids(await engine.search(query('deploying', { readerLocale: 'en' })))[0]).toBe('deploy-en');
    expect(ids(await engine.search(query('deploymnet', { readerLocale: 'en' })))).toContain('deploy-en');
  });

  it('ranks the reader’s language first and still finds the other language', async () => {
    expect(ids(await engine.search(query('Kubernetes Helm', { readerLocale: 'en' }))).slice(0, 2)).toEqual(['deploy-en', 'deploy-zh']);
    expect(ids(await engine.search(query('Kubernetes Helm', { readerLocale: 'zh-Hans' }))).slice(0, 2)).toEqual(['deploy-zh', 'deploy-en']);
  });

  it('knows the glossary: 死信 and 发件箱 are words, and a synonym finds the other language', async () => {
    expect(ids(await engine.search(query('死信')))).toEqual(['outbox']);
    expect(ids(await engine.search(query('deployment', { readerLocale: 'en', filters: { locale: 'zh-Hans' } })))).toContain('deploy-zh');
  });

  it('filters by type, section, tag, status and locale', async () => {
    expect(ids(await engine.search(query('工单 跟踪链接', { filters: { types: ['faq'] } })))).toEqual(['faq-link']);
    expect(ids(await engine.search(query('部署 deployment', { filters: { section: 'operations', locale: 'en' } })))).toEqual(['deploy-en']);
    expect(ids(await engine.search(query('工单', { filters: { tag: 'tickets', types: ['doc'] } })))).toEqual(['queue']);
    expect(ids(await engine.search(query('checksum 导出', { filters: { types: ['ticket'], status: 'open' } })))).toEqual(['ticket:2']);
  });

  it('finds a ticket by its number', async () => {
    expect(ids(await engine.search(query('HO-1002', { filters: { types: ['ticket'] } })))[0]).toBe('ticket:2');
  });

  it('searches internal notes only when asked to', async () => {
    expect(ids(await engine.search(query('firmware')))).toEqual([]);
    expect(ids(await engine.search(query('firmware', { includeInternal: true })))).toEqual(['ticket:1']);
  });

  it('with "all words", matches only documents holding every word', async () => {
    expect(ids(await engine.search(query('checksum 导出', { filters: { types: ['ticket'] }, match: 'all' })))).toEqual([]);
    expect(ids(await engine.search(query('checksum nightly', { filters: { types: ['ticket'] }, match: 'all' })))).toEqual(['ticket:1']);
  });

  it('counts facets over what matched', async () => {
    const result = await engine.search(query('部署 deployment Kubernetes'));
    expect(result.facets.locale).toEqual({ 'zh-Hans': 1, en: 1 });
    expect(result.facets.section).toEqual({ operations: 2 });
    expect(result.total).toBe(2);
  });

  it('pages with limit and offset', async () => {
    const all = ids(await engine.search(query('工单 部署')));
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(ids(await engine.search(query('工单 部署', { limit: 1, offset: 1 })))).toEqual([all[1]]);
  });

  it('answers nothing, not an error, for punctuation and emoji', async () => {
    for (const text of ['！？。，', '🙂🎉', '...']) expect((await engine.search(query(text))).total).toBe(0);
  });

  it('replaces a document upserted again, removes documents, and keeps only the listed ones of a type', async () => {
    await engine.upsert([doc('queue', { title: '工单队列', text: '现在只讲分页。' })]);
    expect(ids(await engine.search(query('待处理')))).not.toContain('queue');
    expect(ids(await engine.search(query('分页')))).toEqual(['queue']);
    await engine.remove(['outbox', 'not-there']);
    expect(ids(await engine.search(query('死信')))).toEqual([]);
    await engine.retain(['ticket'], new Set(['ticket:1']));
    expect(ids(await engine.search(query('导出', { filters: { types: ['ticket'] } })))).toEqual([]);
    expect(ids(await engine.search(query('checksum', { filters: { types: ['ticket'] } })))).toEqual(['ticket:1']);
    expect(ids(await engine.search(query('部署')))).toContain('deploy-zh');
  });
});

describe('the embedded engine’s snapshot', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'handover-snapshot-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('comes back from its file with the same answers and the meta it was saved with', async () => {
    const engine = new EmbeddedEngine();
    await engine.upsert(corpus);
    await engine.remove(['outbox']);
    const file = path.join(dir, 'index.json');
    const meta = { database: 'db-1', docsHash: 'abc', position: { txId: '42', changeId: '7', appliedAt: '2026-12-02T00:00:00.000Z' } };
    await engine.saveSnapshot(file, meta);
    const loaded = await EmbeddedEngine.loadSnapshot(file);
    expect(loaded?.meta).toEqual(meta);
    for (const text of ['处理', 'deploymnet', '死信', 'HO-1002']) {
      expect(ids(await loaded!.engine.search(query(text, { readerLocale: 'en' })))).toEqual(ids(await engine.search(query(text, { readerLocale: 'en' }))));
    }
  });

  it('is ignored when there is none', async () => {
    expect(await EmbeddedEngine.loadSnapshot(path.join(dir, 'missing.json'))).toBeNull();
  });

  it('is ignored when the file is not one (the JSON snapshot of 0.7, a file cut short)', async () => {
    const legacy = path.join(dir, 'embedded-index.json');
    await writeFile(legacy, JSON.stringify({ format: 4, shards: {} }));
    expect(await EmbeddedEngine.loadSnapshot(legacy)).toBeNull();
    const engine = new EmbeddedEngine();
    await engine.upsert(corpus);
    const file = path.join(dir, 'cut.bin');
    await engine.saveSnapshot(file, { docsHash: null, position: null });
    await truncate(file, 100);
    await expect(EmbeddedEngine.loadSnapshot(file)).rejects.toThrow(/ends early/);
  });

  it('holds one state of the index when documents arrive while it is written, and they are there after', async () => {
    const engine = new EmbeddedEngine();
    await engine.upsert(corpus);
    const file = path.join(dir, 'busy.bin');
    const saving = engine.saveSnapshot(file, { docsHash: null, position: null });
    const late = engine.upsert([doc('late', { title: '晚到的文档', text: '保存快照期间到达' })]);
    await Promise.all([saving, late]);
    const loaded = await EmbeddedEngine.loadSnapshot(file);
    expect(loaded!.engine.documentCount).toBe(corpus.length);
    expect(ids(await engine.search(query('快照期间')))).toEqual(['late']);
  });
});

describe('the embedded engine after many removals', () => {
  const filler = (i: number) => doc(`filler-${i}`, { title: `备份记录 ${i}`, text: i % 2 ? 'backup rotation kept for seven days' : '备份保留七天，轮换删除旧文件' });

  it('drops the removed documents’ postings and ranks exactly as an index built without them', async () => {
    const churned = new EmbeddedEngine();
    await churned.upsert([...corpus, ...Array.from({ length: 1500 }, (_, i) => filler(i))]);
    await churned.remove(Array.from({ length: 1400 }, (_, i) => `filler-${i}`));
    // An update is a removal and an addition: the document keeps one entry.
    await churned.upsert([corpus[0]!]);
    const fresh = new EmbeddedEngine();
    await fresh.upsert([...corpus.slice(1), ...Array.from({ length: 100 }, (_, i) => filler(1400 + i)), corpus[0]!]);
    expect(churned.documentCount).toBe(fresh.documentCount);
    for (const text of ['备份', 'backup rotation', '工单', 'deploymnet', '死信']) {
      const [a, b] = [await churned.search(query(text, { limit: 50 })), await fresh.search(query(text, { limit: 50 }))];
      expect(a.total).toBe(b.total);
      expect(a.hits.map((hit) => [hit.document.id, hit.score.toFixed(9)]).sort()).toEqual(b.hits.map((hit) => [hit.document.id, hit.score.toFixed(9)]).sort());
    }
  });
});

describe('the embedded engine in a worker thread', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'handover-worker-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a snapshot that another worker (or this thread) loads with the same answers', async () => {
    const writer = new WorkerEngine();
    const reader = new WorkerEngine();
    try {
      await writer.upsert(corpus);
      const file = path.join(dir, 'index.bin');
      const meta = { database: 'db-1', docsHash: 'abc', position: null };
      await writer.saveSnapshot(file, meta);
      expect(await reader.loadSnapshotInto(file)).toEqual(meta);
      expect(await reader.health()).toEqual({ ok: true, documents: corpus.length });
      const here = (await EmbeddedEngine.loadSnapshot(file))!.engine;
      for (const text of ['处理', 'deploymnet', 'HO-1002']) {
        const expected = ids(await here.search(query(text)));
        expect(ids(await reader.search(query(text)))).toEqual(expected);
        expect(ids(await writer.search(query(text)))).toEqual(expected);
      }
    } finally {
      await Promise.all([writer.close(), reader.close()]);
    }
  });

  it('tells its listeners when the worker dies, fails the calls in flight, and starts afresh with an empty index', async () => {
    const engine = new WorkerEngine();
    let lost = 0;
    engine.onLost(() => (lost += 1));
    try {
      await engine.upsert(corpus);
      // Long enough (thousands of documents to cut into words) to be under way when the worker goes.
      const inFlight = engine.upsert(Array.from({ length: 5000 }, (_, i) => doc(`bulk-${i}`, { title: `批量 ${i}`, text: '备份保留七天，轮换删除旧文件。'.repeat(20) })));
      // What an out-of-memory crash looks like from the main thread: the worker is gone.
      await (engine as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      // Search is down until the index reopens, not the server: the call fails as a 503 problem.
      await expect(inFlight).rejects.toMatchObject({ code: 'search_unavailable', status: 503, message: expect.stringMatching(/search worker stopped/) });
      expect(lost).toBe(1);
      expect(await engine.health()).toEqual({ ok: true, documents: 0 });
    } finally {
      await engine.close();
    }
    await expect(engine.search(query('部署'))).rejects.toThrow(/stopped/);
  });
});
