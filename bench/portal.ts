// The portal's weight in the browser: the JavaScript each portal page loads beyond a docs page (gzip), and
// Lighthouse's performance and accessibility scores for /support/new beside those of a docs page, measured in the
// same run on the same server. Lighthouse 12.2.3 (the last line for Node 20) runs through npx, so it is fetched
// from the npm registry on first use instead of weighing on every install.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../server/src/config.js';
import { siteIsBuilt } from '../server/src/http/site.js';
import { startServer } from '../server/src/server.js';
import { chromiumPath, launchChromium } from '../server/test/support/browser.js';
import { silentLogger } from '../server/test/support/logger.js';

const siteDir = fileURLToPath(new URL('../build', import.meta.url));
const docsPage = '/docs/user-guide/customers';

export type PageWeight = { path: string; scripts: number; gzipBytes: number; beyondDocsGzipBytes: number; ratioToDocs: number };
export type LighthouseScores = { path: string; performance: number; accessibility: number };
export type PortalResults = { pages: PageWeight[]; lighthouse: LighthouseScores[] | { skipped: string } };

async function scriptsOf(browser: Awaited<ReturnType<typeof launchChromium>>, url: string): Promise<Map<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.body().then((body) => void sizes.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length), () => undefined));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return sizes;
}

const run = promisify(execFile);

async function lighthouse(url: string): Promise<{ performance: number; accessibility: number }> {
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  const { stdout } = await run(
    'npx',
    ['--yes', 'lighthouse@12.2.3', url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility', `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as { categories: Record<'performance' | 'accessibility', { score: number }> };
  return { performance: Math.round(report.categories.performance.score * 100), accessibility: Math.round(report.categories.accessibility.score * 100) };
}

export async function benchPortal(): Promise<PortalResults> {
  if (!siteIsBuilt(siteDir)) throw new Error('No built site: run `npm run build:site` first.');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-bench-portal-'));
  const server = await startServer(loadConfig({ DATA_DIR: dataDir, SITE_DIR: siteDir, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', PUBLIC_URL: 'http://127.0.0.1' }), silentLogger);
  const base = server.url.replace('0.0.0.0', '127.0.0.1');
  const browser = await launchChromium();
  try {
    const filed = (await fetch(`${base}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: '基准', description: '页面重量测量', priority: 'P3', category: 'other', requester: { email: 'bench@example.com', name: 'Bench' } }),
    }).then((res) => res.json())) as { trackingToken: string };
    const docs = await scriptsOf(browser, `${base}${docsPage}`);
    const docsBytes = [...docs.values()].reduce((a, b) => a + b, 0);
    const pages: PageWeight[] = [{ path: docsPage, scripts: docs.size, gzipBytes: docsBytes, beyondDocsGzipBytes: 0, ratioToDocs: 1 }];
    for (const route of ['/support', '/support/new', `/support/track#token=${filed.trackingToken}`, '/support/my-tickets']) {
      const scripts = await scriptsOf(browser, `${base}${route}`);
      const total = [...scripts.values()].reduce((a, b) => a + b, 0);
      const beyond = [...scripts].filter(([name]) => !docs.has(name)).reduce((sum, [, bytes]) => sum + bytes, 0);
      pages.push({ path: route.replace(/#token=.*/, '#token=…'), scripts: scripts.size, gzipBytes: total, beyondDocsGzipBytes: beyond, ratioToDocs: Math.round((total / docsBytes) * 100) / 100 });
    }
    let scores: PortalResults['lighthouse'];
    try {
      scores = [];
      for (const route of [docsPage, '/support/new']) scores.push({ path: route, ...(await lighthouse(`${base}${route}`)) });
    } catch (error) {
      scores = { skipped: `lighthouse could not run: ${(error as Error).message.split('\n')[0]}` };
    }
    return { pages, lighthouse: scores };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printPortal(results: PortalResults): void {
  console.log('\nportal: JavaScript per page (gzip -9 of each script as served), against a docs page in the same run');
  console.log('page                         scripts   JS gzip   beyond docs   ratio to docs');
  for (const page of results.pages) {
    console.log(
      `${page.path.padEnd(28)} ${String(page.scripts).padStart(7)} ${`${(page.gzipBytes / 1024).toFixed(1)} KiB`.padStart(9)} ${`${(page.beyondDocsGzipBytes / 1024).toFixed(1)} KiB`.padStart(13)} ${page.ratioToDocs.toFixed(2).padStart(15)}`,
    );
  }
  if ('skipped' in results.lighthouse) {
    console.log(results.lighthouse.skipped);
    return;
  }
  console.log('\nLighthouse 12.2.3 (mobile emulation, simulated throttling)');
  for (const score of results.lighthouse) console.log(`${score.path.padEnd(28)} performance ${score.performance}   accessibility ${score.accessibility}`);
}
