#!/usr/bin/env node
// Builds what `npm start` needs when it is missing or older than its sources, and otherwise returns at once.
//   node scripts/ensure-built.mjs [--force] [prisma|server|site ...]   (no target: all three, in that order)
// Each build leaves a stamp (scripts/build-stamp.mjs) dated to when the build began, so a source edited during a
// build is rebuilt; the site's stamp also records the URL it was built for, so a new PUBLIC_URL rebuilds it.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStamp, whyRebuild, writeStamp } from './build-stamp.mjs';
import { includedVersions } from './docs-versions.mjs';
import { siteUrl } from './site-url.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const targets = {
  prisma: {
    stamp: 'server/src/db/generated/.stamp',
    sources: ['prisma/schema.prisma', 'prisma.config.ts', 'package-lock.json'],
    build: () => run(bin('prisma'), ['generate']),
  },
  server: {
    stamp: 'dist/server/.stamp',
    sources: ['server/src', 'tsconfig.server.json', 'package-lock.json'],
    build: () => {
      rmSync(path.join(root, 'dist/server'), { recursive: true, force: true });
      run(bin('tsc'), ['-p', 'tsconfig.server.json']);
    },
  },
  site: {
    stamp: 'build/.stamp',
    sources: ['docs', 'i18n', 'blog', 'src', 'static', 'training', 'docusaurus.config.ts', 'sidebars.ts', 'package-lock.json', 'scripts/site-url.mjs', 'scripts/docs-changes', 'docs-history.json', 'versioned_docs', 'versioned_sidebars', 'versions.json', 'docs-versions.json', 'scripts/docs-versions.mjs', 'scripts/training-slides.mjs'],
    // The training decks are rendered into static/ at every build, so their output is not a source.
    generated: ['static/training/slides'],
    // Feeds, sitemap and canonical links hold absolute URLs, fixed at build time; a build of other docs versions
    // (DOCS_VERSIONS, DOCS_ONLY_CURRENT) is another site.
    inputs: () => ({ url: siteUrl(), docsVersions: includedVersions().join(',') }),
    build: () => {
      run(process.execPath, [path.join(root, 'scripts/training-slides.mjs')]);
      run(bin('docusaurus'), ['build']);
    },
  },
};

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`ensure-built: \`${path.basename(command)} ${args.join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

/** Newest modification time under the given files and folders, ignoring the stamp's own output folders. */
function newestSource(entries, generated = []) {
  const skipped = new Set(generated.map((entry) => path.join(root, entry)));
  let newest = 0;
  const visit = (file) => {
    if (skipped.has(file)) return;
    let info;
    try {
      info = statSync(file);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const child of readdirSync(file)) if (child !== 'node_modules') visit(path.join(file, child));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const entry of entries) visit(path.join(root, entry));
  return newest;
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((a) => a !== '--force');
for (const name of wanted) {
  if (!(name in targets)) {
    console.error(`ensure-built: unknown target "${name}" (expected ${Object.keys(targets).join(', ')})`);
    process.exit(2);
  }
}
// The server compiles the generated Prisma client, so asking for the server brings the client up to date first.
const order = Object.keys(targets).filter(
  (name) => wanted.length === 0 || wanted.includes(name) || (name === 'prisma' && wanted.includes('server')),
);

for (const name of order) {
  const target = targets[name];
  const stamp = path.join(root, target.stamp);
  const inputs = target.inputs?.() ?? {};
  const reason = whyRebuild({ stamp: readStamp(stamp), newestSource: newestSource(target.sources, target.generated), inputs });
  const forced = force && (wanted.length === 0 || wanted.includes(name));
  if (!reason && !forced) continue;
  const began = new Date();
  console.log(`ensure-built: building ${name} (${forced ? 'forced' : reason})…`);
  target.build();
  writeStamp(stamp, began, inputs);
  console.log(`ensure-built: ${name} built in ${((Date.now() - began.getTime()) / 1000).toFixed(1)} s`);
}
