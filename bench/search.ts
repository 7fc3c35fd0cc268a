// npm run bench -- search: the embedded search engine at 20,000 articles + 100,000 tickets (synthetic, mixed Chinese
// and English, a Zipf-like vocabulary of 8,000 words plus 80 domain words; seeded, so every run indexes the same
// text). Index build time and memory, snapshot write and restart, query latency in process, and through the real
// HTTP app under 8 concurrent clients with the event loop's delay; the baselines of the same run are the tokenizer
// alone (in process) and GET /api/v1/ (over HTTP). Sizes: BENCH_SEARCH_ARTICLES, BENCH_SEARCH_TICKETS.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../server/src/app.js';
import { createContext } from '../server/src/context.js';
import { applyMigrations, readMigrations } from '../server/src/db/migrations.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { listen, boundPort } from '../server/src/http/lifecycle.js';
import type { SearchDocument, SearchEngine } from '../server/src/search/documents.js';
import { EmbeddedEngine } from '../server/src/search/embedded-engine.js';
import { WorkerEngine } from '../server/src/search/worker-engine.js';
import { queryGroups } from '../server/src/search/query-terms.js';
import { tokenizer } from '../server/src/search/tokenizer.js';
import { createServices } from '../server/src/services.js';
import { testConfig } from '../server/test/support/app.js';
import { silentLogger } from '../server/test/support/logger.js';
import { createStaff } from '../server/test/support/staff.js';
import { percentile, type Run } from './clients.js';
import type { ClientJob } from './search-client.js';
import { startWorkerProcess } from './servers.js';
import { createBenchDatabase } from './database.js';

const sizes = { articles: Number(process.env.BENCH_SEARCH_ARTICLES ?? 20_000), tickets: Number(process.env.BENCH_SEARCH_TICKETS ?? 100_000) };
const httpRequests = 800;
const concurrency = 8;

let seed = 20261202;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const han = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研';
const domainZh = '工单 备份 恢复 部署 优先级 待处理 连接池 迁移 回滚 邮件 发件箱 死信 附件 日志 指标 监控 控制台 门户 客户 员工 处理 超时 失败 数据库 配置 证书 网络 服务 升级 版本 报表 导出 登录 权限 账号 密码 队列 告警 值班 通知'.split(' ');
const domainEn = 'ticket backup restore deploy priority pending pool migration rollback email outbox dead attachment log metric monitor console portal customer staff timeout failure database config certificate network service upgrade version report export login permission account password queue alert oncall notify kubernetes helm replica'.split(' ');
const char = () => han[Math.floor(random() * han.length)]!;
const vocabularyZh = Array.from({ length: 4000 }, () => char() + char() + (random() < 0.3 ? char() : ''));
const vocabularyEn = Array.from({ length: 4000 }, () => Array.from({ length: 4 + Math.floor(random() * 6) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join(''));
// Frequent words first: a cube of a uniform number leans hard towards the start of the list.
const zipf = (list: string[]) => list[Math.floor(list.length * random() ** 3)]!;
const word = (zhShare: number) => {
  const zh = random() < zhShare;
  if (random() < 0.15) return zh ? domainZh[Math.floor(random() * domainZh.length)]! : domainEn[Math.floor(random() * domainEn.length)]!;
  return zh ? zipf(vocabularyZh) : zipf(vocabularyEn);
};
const text = (words: number, zhShare: number) => Array.from({ length: words }, () => word(zhShare)).join(random() < 0.5 ? '' : ' ');

export function corpus(): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (let i = 0; i < sizes.articles; i++) {
    const zhShare = i % 2 ? 0.1 : 0.9;
    documents.push({ id: `page:/docs/a${i}`, type: i % 10 === 0 ? 'faq' : 'doc', locale: i % 2 ? 'en' : 'zh-Hans', section: 'manual', title: text(4, zhShare), headings: text(10, zhShare), text: text(60 + Math.floor(random() * 300), zhShare), internal: '', url: `/docs/a${i}`, tags: [], version: 'current', updatedAt: '2026-12-02T00:00:00.000Z' });
  }
  for (let i = 0; i < sizes.tickets; i++) {
    const zhShare = i % 3 ? 0.7 : 0.2;
    documents.push({ id: `ticket:${i}`, type: 'ticket', locale: i % 3 ? 'zh-Hans' : 'en', section: 'tickets', title: text(5, zhShare), headings: '', text: text(40 + Math.floor(random() * 120), zhShare), internal: random() < 0.4 ? text(20, zhShare) : '', url: `/console/tickets/HO-${i + 1001}`, tags: [], version: '', number: `HO-${i + 1001}`, status: 'resolved', priority: 'P3', category: 'other', updatedAt: '2026-12-02T00:00:00.000Z' });
  }
  return documents;
}

/** 500 queries as people type them: 1–4 words, Chinese, English, mixed, some with a typo, some domain words. */
export function queries(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 500; i++) {
    const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => word(i % 3 === 0 ? 0.1 : i % 3 === 1 ? 0.9 : 0.5));
    if (i % 7 === 0) words[0] = words[0]!.length > 5 ? words[0]!.slice(0, 2) + words[0]![3] + words[0]![2] + words[0]!.slice(4) : words[0]!;
    out.push(words.join(' '));
  }
  return out;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const stats = (values: number[]) => ({ p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), p99Ms: percentile(values, 99) });

export type SearchBenchResults = Awaited<ReturnType<typeof benchSearch>>;

export async function benchSearch(adminUrl: string) {
  let documents: SearchDocument[] | undefined = corpus();
  const documentCount = documents.length;
  const typed = queries();
  global.gc?.();
  const before = process.memoryUsage();
  const engine = new EmbeddedEngine();
  const buildStart = performance.now();
  for (let i = 0; i < documents.length; i += 1000) await engine.upsert(documents.slice(i, i + 1000));
  // Only the index keeps the documents from here on: the heap the app's phases run with is the index's.
  documents = undefined;
  const buildMs = performance.now() - buildStart;
  global.gc?.();
  const after = process.memoryUsage();
  const memory = { heapMB: mb(after.heapUsed - before.heapUsed), rssMB: mb(after.rss), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1000) };

  const dir = await mkdtemp(path.join(os.tmpdir(), 'handover-bench-search-'));
  const file = path.join(dir, 'embedded-index.bin');
  const worker = new WorkerEngine();
  try {
    let started = performance.now();
    await engine.saveSnapshot(file, { database: 'bench', docsHash: null, position: null });
    const writeMs = performance.now() - started;
    const sizeMB = mb((await stat(file)).size);
    started = performance.now();
    const loadedCount = (await EmbeddedEngine.loadSnapshot(file))?.engine.documentCount;
    const loadMs = performance.now() - started;
    if (loadedCount !== engine.documentCount) throw new Error('the snapshot did not come back whole');
    // The server's engine: the same index in a worker thread, opened from the same snapshot.
    started = performance.now();
    await worker.loadSnapshotInto(file);
    const workerLoadMs = performance.now() - started;
    const snapshot = { writeMs: Math.round(writeMs), sizeMB, loadMs: Math.round(loadMs), workerLoadMs: Math.round(workerLoadMs), rebuildMs: Math.round(buildMs), restartVsRebuild: Math.round((loadMs / buildMs) * 100) / 100 };

    // In process: the engine's search against the tokenizer alone on the same queries (the baseline); through the
    // worker, the same searches with the copying to and from its thread.
    const inProcess = async (searchEngine: SearchEngine, publicOnly: boolean) => {
      const times: number[] = [];
      for (const q of typed) {
        const begun = performance.now();
        await searchEngine.search({ text: q, readerLocale: 'zh-Hans', filters: publicOnly ? { types: ['doc', 'faq', 'article'] } : {}, includeInternal: !publicOnly, limit: 10, offset: 0 });
        times.push(performance.now() - begun);
      }
      return stats(times);
    };
    const tokenizerTimes: number[] = [];
    for (const q of typed) {
      const begun = performance.now();
      queryGroups(q, tokenizer);
      tokenizerTimes.push(performance.now() - begun);
    }
    const engineResults = {
      public: await inProcess(engine, true),
      staff: await inProcess(engine, false),
      workerPublic: await inProcess(worker, true),
      workerStaff: await inProcess(worker, false),
      tokenizerBaseline: stats(tokenizerTimes),
    };

    // Over HTTP: the real app with each engine, staff (tickets too) and anonymous searches, suggestions, and GET /api/v1/.
    const database = await createBenchDatabase(adminUrl);
    try {
      const db = await openDatabase({ kind: 'postgresql', url: database.url, poolSize: 10 }, silentLogger);
      await applyMigrations(db, silentLogger);
      const staff = await createStaff(db.prisma);
      const sameThread = await overHttp(db, engine, staff.bearer, typed);
      // As in the server: the main thread no longer holds an index (only the worker does), so its garbage collector
      // walks the app's heap, not the index's.
      await engine.clear();
      global.gc?.();
      const http = { inProcess: sameThread, worker: await overHttp(db, worker, staff.bearer, typed) };
      await db.close();
      return { sizes, documents: documentCount, buildMs: Math.round(buildMs), memory, snapshot, inProcess: engineResults, http, concurrency };
    } finally {
      await database.drop();
    }
  } finally {
    await worker.close();
    await rm(dir, { recursive: true, force: true });
  }
}

type HttpStats = ReturnType<typeof stats> & { requestsPerSecond: number; eventLoopDelayMaxMs: number; eventLoopDelayP99Ms: number };

/** The app on this engine under 8 clients: GET /api/v1/ (the baseline), staff and anonymous searches, suggestions. */
export async function overHttp(db: Database, engine: SearchEngine, bearer: string, typed: string[]): Promise<Record<'baseline' | 'staffSearch' | 'publicSearch' | 'suggestions', HttpStats>> {
  const config = testConfig({ TRUST_PROXY: 'loopback' });
  const services = createServices(createContext({ config, db, logger: silentLogger }), { searchEngine: engine });
  await services.search.open(); // empty database: nothing to rebuild, and the synthetic documents stay
  const server: Server = await listen(createApp({ config, logger: silentLogger, db, migrations: readMigrations(), services }), 0, '127.0.0.1');
  const clients = await startWorkerProcess<ClientJob, Run | { error: string }>('search-client.ts', {});
  try {
    const url = `http://127.0.0.1:${boundPort(server)}`;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const run = async (pathOf: (i: number) => string, headers: (i: number) => Record<string, string>): Promise<HttpStats> => {
      const requests = Array.from({ length: httpRequests }, (_, i) => ({ path: pathOf(i), headers: headers(i) }));
      const warm = await clients.run({ url, concurrency: 1, requests: requests.slice(0, 20) });
      if ('error' in warm) throw new Error(warm.error);
      delay.reset();
      delay.enable();
      const result = await clients.run({ url, concurrency, requests });
      delay.disable();
      if ('error' in result) throw new Error(result.error);
      return { ...stats(result.latenciesMs), requestsPerSecond: Math.round(result.requests / (result.elapsedMs / 1000)), eventLoopDelayMaxMs: Math.round(delay.max / 1e5) / 10, eventLoopDelayP99Ms: Math.round(delay.percentile(99) / 1e5) / 10 };
    };
    const q = (i: number) => encodeURIComponent(typed[i % typed.length]!);
    // Anonymous callers are limited per address: each request comes from its own (the limiter's write is measured).
    const anonymous = (i: number) => ({ 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
    return {
      baseline: await run(() => '/api/v1/', anonymous),
      staffSearch: await run((i) => `/api/v1/search?q=${q(i)}&locale=zh-Hans&source=console`, () => ({ authorization: bearer })),
      publicSearch: await run((i) => `/api/v1/search?q=${q(i)}&locale=en`, anonymous),
      suggestions: await run((i) => `/api/v1/search/suggestions?q=${q(i)}&locale=zh-Hans`, anonymous),
    };
  } finally {
    await clients.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export function printSearch(results: SearchBenchResults): void {
  const { inProcess: p, http } = results;
  console.log(`\nsearch: ${results.sizes.articles} articles + ${results.sizes.tickets} tickets (embedded engine)`);
  console.log(`  build ${(results.buildMs / 1000).toFixed(1)} s; heap +${results.memory.heapMB} MB, RSS ${results.memory.rssMB} MB (peak ${results.memory.maxRssMB} MB)`);
  console.log(`  snapshot: write ${results.snapshot.writeMs} ms, ${results.snapshot.sizeMB} MB, restart ${results.snapshot.loadMs} ms (${results.snapshot.restartVsRebuild}× the rebuild), into the worker ${results.snapshot.workerLoadMs} ms`);
  const line = (name: string, s: { p50Ms: number; p95Ms: number; p99Ms: number }, base: { p50Ms: number }) =>
    console.log(`  ${name.padEnd(34)} p50 ${String(s.p50Ms).padStart(7)} ms  p95 ${String(s.p95Ms).padStart(7)} ms  p99 ${String(s.p99Ms).padStart(7)} ms  (p50 ${Math.round((s.p50Ms / Math.max(base.p50Ms, 0.1)) * 10) / 10}× baseline)`);
  line('in process: tokenizer only', p.tokenizerBaseline, p.tokenizerBaseline);
  line('in process: public search', p.public, p.tokenizerBaseline);
  line('in process: staff search', p.staff, p.tokenizerBaseline);
  line('through the worker: public search', p.workerPublic, p.tokenizerBaseline);
  line('through the worker: staff search', p.workerStaff, p.tokenizerBaseline);
  for (const [engine, h] of Object.entries(http)) {
    for (const [name, s] of Object.entries(h)) {
      line(`http x${results.concurrency} (${engine === 'worker' ? 'worker' : 'same thread'}): ${name}`, s, h.baseline);
      console.log(`  ${''.padEnd(34)} ${s.requestsPerSecond} req/s, event loop delay p99 ${s.eventLoopDelayP99Ms} ms, max ${s.eventLoopDelayMaxMs} ms`);
    }
  }
  console.log(`  targets: p95 < 10 ms in process (${p.staff.p95Ms < 10 ? 'met' : 'not met'}), < 25 ms over HTTP with the worker (${http.worker.staffSearch.p95Ms < 25 ? 'met' : 'not met'})`);
}
