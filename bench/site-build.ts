import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { includedVersions } from '../scripts/docs-versions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env.BENCH_SITE_ROUNDS ?? 1);

/** The two builds compared: the supported versions (docs-versions.json) and the unreleased docs alone, as before versioning. */
const builds = {
  versioned: {},
  baseline: { DOCS_ONLY_CURRENT: '1' },
} satisfies Record<string, Record<string, string>>;
type BuildName = keyof typeof builds;

export type SiteBuild = { seconds: number; peakRssMb: number; pages: number; outputMb: number };
export type SiteBuildResults = {
  settings: { rounds: number; versions: Record<BuildName, string[]> };
  builds: Record<BuildName, SiteBuild>;
  ratios: { seconds: number; peakRss: number; pages: number; output: number };
};

/** Resident memory of a process and its descendants now (Linux /proc), in kB. */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const visit = (id: number) => {
    total += rss.get(id) ?? 0;
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

function outputOf(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name === 'index.html') pages += 1;
  }
  return { pages, bytes };
}

/** One `docusaurus build` into a scratch folder, its wall time and the peak resident memory of its process tree. */
async function buildOnce(env: Record<string, string>): Promise<SiteBuild> {
  const out = mkdtempSync(path.join(tmpdir(), 'handover-bench-site-'));
  const started = performance.now();
  let peakKb = 0;
  try {
    const child = spawn(path.join(root, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', out], {
      cwd: root,
      env: { ...process.env, DOCS_VERSIONS: '', DOCS_ONLY_CURRENT: '', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 250);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    if (code !== 0) throw new Error(`docusaurus build (${JSON.stringify(env)}) exited with ${code}`);
    const { pages, bytes } = outputOf(out);
    return { seconds: Math.round((performance.now() - started) / 100) / 10, peakRssMb: Math.round(peakKb / 1024), pages, outputMb: Math.round(bytes / 1024 / 102.4) / 10 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * The site build with the supported docs versions against the baseline of the same run, the unreleased docs only
 * (DOCS_ONLY_CURRENT=1), in alternating rounds; of each, the fastest round and its memory peak.
 */
export async function benchSiteBuild(): Promise<SiteBuildResults> {
  const runs: Record<BuildName, SiteBuild[]> = { versioned: [], baseline: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const name of Object.keys(builds) as BuildName[]) {
      console.log(`site build ${round + 1}/${rounds}: ${name}…`);
      runs[name].push(await buildOnce(builds[name]));
    }
  }
  const best = (name: BuildName) => runs[name].reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const versioned = best('versioned');
  const baseline = best('baseline');
  return {
    settings: { rounds, versions: { versioned: includedVersions({}), baseline: includedVersions({ DOCS_ONLY_CURRENT: '1' }) } },
    builds: { versioned, baseline },
    ratios: {
      seconds: ratio(versioned.seconds, baseline.seconds),
      peakRss: ratio(versioned.peakRssMb, baseline.peakRssMb),
      pages: ratio(versioned.pages, baseline.pages),
      output: ratio(versioned.outputMb, baseline.outputMb),
    },
  };
}

export function printSiteBuild(results: SiteBuildResults): void {
  const { builds: b, ratios, settings } = results;
  const rows: [string, string | number, string | number, number][] = [
    ['build time (s)', b.versioned.seconds, b.baseline.seconds, ratios.seconds],
    ['peak memory, process tree (MB)', b.versioned.peakRssMb, b.baseline.peakRssMb, ratios.peakRss],
    ['pages (index.html)', b.versioned.pages, b.baseline.pages, ratios.pages],
    ['output (MB)', b.versioned.outputMb, b.baseline.outputMb, ratios.output],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\nSite build: versions ${settings.versions.versioned.join(', ')} against ${settings.versions.baseline.join(', ')} only (${settings.rounds} round(s), fastest kept)`);
  console.log(`${''.padEnd(width)}  ${'versions'.padStart(9)}  ${'baseline'.padStart(9)}  ${'ratio'.padStart(9)}`);
  for (const [label, versioned, base, rat] of rows) console.log(`${label.padEnd(width)}  ${String(versioned).padStart(9)}  ${String(base).padStart(9)}  ${String(rat).padStart(9)}`);
}
