// Cuts a docs version at a release: `npm run docs:version -- <x.y.z> [--from <git-ref>] [--replace]`.
// Wraps `docusaurus docs:version`, which copies docs/ to versioned_docs/version-<v>/, the English docs to
// i18n/en/docusaurus-plugin-content-docs/version-<v>/ (with current.json as version-<v>.json) and sidebars.ts to
// versioned_sidebars/, then finishes what it leaves: the English version label, versions.json in release order
// (newest first, also when an older release is cut later) and docs-versions.json's supported list.
//   (no --from)  the working tree's docs; the generated API and database reference must be fresh (checked first)
//   --from <ref> the docs of a commit or tag (git archive), cut in a scratch copy of that commit's site
//   --replace    cut again a version already cut (its folders are replaced)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { versionedPaths } from './docs-versions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, replace: { type: 'boolean', default: false } } });
const version = positionals[0];
if (!version || !/^\d+\.\d+\.\d+$/.test(version) || positionals.length > 1) {
  console.error('usage: npm run docs:version -- <x.y.z> [--from <git-ref>] [--replace]   (e.g. npm run docs:version -- 0.9.0)');
  process.exit(2);
}

function run(command: string, args: string[], cwd = root): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`docs:version: \`${command} ${args.join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

const readJson = <T>(file: string, fallback: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback);
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
/** Newest first, by release number (not by when each was cut). */
const byRelease = (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true });

const versionsFile = path.join(root, 'versions.json');
const supportedFile = path.join(root, 'docs-versions.json');
const cut = readJson<string[]>(versionsFile, []);
const supported = readJson<{ supported: string[] }>(supportedFile, { supported: [] });

/** Forgets a cut version in a site folder (its files and both lists), so it can be cut again. */
function uncut(dir: string): void {
  for (const target of versionedPaths(dir, version!)) rmSync(target, { recursive: true, force: true });
  const versions = path.join(dir, 'versions.json');
  if (existsSync(versions)) writeJson(versions, readJson<string[]>(versions, []).filter((name) => name !== version));
  const list = path.join(dir, 'docs-versions.json');
  if (existsSync(list)) {
    const current = readJson<{ supported: string[] }>(list, { supported: [] });
    writeJson(list, { ...current, supported: current.supported.filter((name) => name !== version) });
  }
}

// What is cut from the working tree is what the release ships: the generated reference pages must match the code.
// Checked before anything is touched, so a refusal leaves the tree as it was.
if (!values.from) {
  run('npm', ['run', '--silent', 'api:check']);
  run('npm', ['run', '--silent', 'db:docs:check']);
}

if (cut.includes(version)) {
  if (!values.replace) {
    console.error(`docs:version: ${version} is already cut (versions.json); add --replace to cut it again.`);
    process.exit(1);
  }
  uncut(root);
}

const docusaurus = path.join(root, 'node_modules', '.bin', 'docusaurus');
if (values.from) {
  // That commit's site (its config, sidebars, docs and translations) in a scratch folder, with our node_modules.
  const scratch = mkdtempSync(path.join(tmpdir(), `handover-docs-${version}-`));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', values.from], { cwd: root, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${values.from}: ${archive.stderr.toString().trim()}`);
    const untar = spawnSync('tar', ['-x', '-C', scratch], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString().trim()}`);
    symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
    // That commit may have cut this version already (a tag re-cut): its own copy must not stop the cut.
    uncut(scratch);
    run(docusaurus, ['docs:version', version], scratch);
    for (const [from, to] of versionedPaths(scratch, version).map((file, i) => [file, versionedPaths(root, version)[i]!] as const)) {
      if (existsSync(from)) cpSync(from, to, { recursive: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  run(docusaurus, ['docs:version', version]);
}

// Docusaurus copied each locale's current.json, whose version label is the unreleased one's.
for (const labelsFile of versionedPaths(root, version).filter((file) => file.endsWith('.json') && file.includes('/i18n/'))) {
  const labels = readJson<Record<string, { message: string; description?: string }>>(labelsFile, {});
  labels['version.label'] = { message: version, description: `The label for version ${version}` };
  writeJson(labelsFile, labels);
}

writeJson(versionsFile, [...new Set([version, ...cut])].sort(byRelease));
writeJson(supportedFile, { ...supported, supported: [...new Set([version, ...supported.supported])].sort(byRelease) });

for (const target of versionedPaths(root, version)) {
  if (!existsSync(target)) {
    console.error(`docs:version: ${path.relative(root, target)} is missing after the cut`);
    process.exit(1);
  }
}
console.log(`docs:version: ${version} cut${values.from ? ` from ${values.from}` : ''}; it is served at /docs/ once it is the newest built.`);
console.log('  Drop versions no longer maintained from docs-versions.json ("supported"): they stay in git and are not built.');
