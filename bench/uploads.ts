// npm run bench -- uploads: peak memory of the real app while 8 clients each file a ticket with the largest upload
// allowed (ATTACHMENT_MAX_FILES files of ATTACHMENT_MAX_BYTES), with the server-wide upload budget at its default,
// against the same app with the budget lifted (how it behaved before the budget) in the same run.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../server/src/db/database.js';
import { applyMigrations } from '../server/src/db/migrations.js';
import { silentLogger } from '../server/test/support/logger.js';
import { createBenchDatabase } from './database.js';
import { startServerProcess } from './servers.js';

const settings = { clients: 8, files: 10, fileBytes: 20 * 1024 * 1024, budgets: { default: 256 * 1024 * 1024, lifted: 16 * 1024 ** 3 } };
type Side = keyof typeof settings.budgets;

/** Peak resident memory of a process so far (VmHWM), in MB. Linux only. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))!;
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
}

// ASCII, so that cutting it at exactly fileBytes leaves valid UTF-8 text (a log, as the sniffing sees it).
const log = Buffer.from('2026-12-01T08:00:00Z ERROR pool exhausted; retrying in 5 s\n'.repeat(400_000)).subarray(0, settings.fileBytes);

/** One maximal filing, written part by part from one shared buffer so the load generator holds 20 MB, not 200. */
function fileMaximal(url: string, index: number): Promise<number> {
  const boundary = `bench${index}x${Date.now()}`;
  const ticket = JSON.stringify({
    subject: `Upload ${index}`,
    description: 'logs attached',
    priority: 'P3',
    category: 'other',
    requester: { email: `upload-${index}-${Date.now()}@example.com`, name: 'Bench' },
  });
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/v1/tickets`, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve(-1) : reject(error)));
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n${ticket}\r\n`);
    for (let i = 0; i < settings.files; i += 1) {
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="app-${i}.log"\r\nContent-Type: text/plain\r\n\r\n`);
      req.write(log);
      req.write('\r\n');
    }
    req.end(`--${boundary}--\r\n`);
  });
}

export type UploadResults = Record<Side, { idleMb: number; peakMb: number; statuses: Record<string, number>; seconds: number }>;

export async function benchUploads(adminUrl: string): Promise<{ settings: typeof settings; uploads: UploadResults; ratios: { peakMemory: number } }> {
  const uploads = {} as UploadResults;
  for (const side of ['lifted', 'default'] as Side[]) {
    const database = await createBenchDatabase(adminUrl);
    try {
      const db = await openDatabase({ kind: 'postgresql', url: database.url, poolSize: 2 }, silentLogger);
      await applyMigrations(db, silentLogger);
      await db.close();
      const server = await startServerProcess('app-server.ts', { BENCH_APP_DATABASE_URL: database.url, BENCH_UPLOAD_BUDGET: String(settings.budgets[side]) });
      try {
        const idleMb = peakRssMb(server.pid);
        const started = performance.now();
        const codes = await Promise.all(Array.from({ length: settings.clients }, (_, i) => fileMaximal(server.url, i)));
        const statuses: Record<string, number> = {};
        for (const code of codes) {
          const key = code === -1 ? 'cut off' : String(code);
          statuses[key] = (statuses[key] ?? 0) + 1;
        }
        uploads[side] = { idleMb, peakMb: peakRssMb(server.pid), statuses, seconds: Math.round((performance.now() - started) / 100) / 10 };
      } finally {
        await server.stop();
      }
    } finally {
      await database.drop();
    }
  }
  const ratios = { peakMemory: Math.round((uploads.default.peakMb / uploads.lifted.peakMb) * 100) / 100 };
  return { settings, uploads, ratios };
}

export function printUploads(results: Awaited<ReturnType<typeof benchUploads>>): void {
  console.log(`\nUploads: ${results.settings.clients} clients at once, each ${results.settings.files} × ${results.settings.fileBytes / 1024 / 1024} MB`);
  for (const [side, r] of Object.entries(results.uploads)) {
    console.log(`  budget ${side.padEnd(7)} idle ${r.idleMb} MB, peak ${r.peakMb} MB, answers ${JSON.stringify(r.statuses)}, ${r.seconds} s`);
  }
  console.log(`  peak memory, default budget / lifted: ${results.ratios.peakMemory}`);
}
