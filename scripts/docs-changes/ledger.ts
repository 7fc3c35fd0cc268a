import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * The ledger of docs changes (docs-history.json): for every page's source file its content hash and the day it last
 * changed, and an append-only list of changes. It is committed, so the "last updated" dates, the change feeds and
 * the e-mail digests need no git history (the container image is built without .git). `npm run docs:history`
 * brings it up to date; a test fails when it is stale.
 */

export const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
export const ledgerPath = path.join(root, 'docs-history.json');

export type Locale = 'zh-Hans' | 'en';
/** The sections a reader can subscribe to: the docs' top-level folders, and the blog (release notes, articles). */
export const sections = ['user-guide', 'training', 'operations', 'api', 'architecture', 'database', 'faq', 'blog'] as const;
export type Section = (typeof sections)[number];

export type LedgerFile = { hash: string; updated: string };
export type LedgerChange = {
  /** 1, 2, 3 … in order: a subscriber's position is the last one their digest covered. */
  seq: number;
  file: string;
  locale: Locale;
  section: Section;
  /** The doc id (docs) or slug (blog). */
  id: string;
  /** The page's path on the site, locale prefix included: /docs/faq/api-token, /en/blog/handover-0-8-sla. */
  permalink: string;
  title: string;
  kind: 'added' | 'updated';
  /** The day (UTC) of the change. */
  date: string;
};
export type Ledger = { files: Record<string, LedgerFile>; changes: LedgerChange[] };

/** Where sources live, and what a file there is: which locale, which content plugin, which docs version. */
type Tree = { dir: string; locale: Locale; plugin: 'docs' | 'blog'; version?: string };

function trees(): Tree[] {
  const fixed: Tree[] = [
    { dir: 'docs', locale: 'zh-Hans', plugin: 'docs' },
    { dir: 'i18n/en/docusaurus-plugin-content-docs/current', locale: 'en', plugin: 'docs' },
    { dir: 'blog', locale: 'zh-Hans', plugin: 'blog' },
    { dir: 'i18n/en/docusaurus-plugin-content-blog', locale: 'en', plugin: 'blog' },
  ];
  // Released versions (docs versioning): versioned_docs/version-X and their English copies.
  const versioned = existsSync(path.join(root, 'versioned_docs'))
    ? readdirSync(path.join(root, 'versioned_docs'))
        .filter((name) => name.startsWith('version-'))
        .flatMap((name): Tree[] => [
          { dir: `versioned_docs/${name}`, locale: 'zh-Hans', plugin: 'docs', version: name.slice('version-'.length) },
          { dir: `i18n/en/docusaurus-plugin-content-docs/${name}`, locale: 'en', plugin: 'docs', version: name.slice('version-'.length) },
        ])
    : [];
  return [...fixed, ...versioned];
}

function walk(dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const child = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : walk(child);
    return /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') ? [child] : [];
  });
}

export type Source = { file: string; hash: string; page: Omit<LedgerChange, 'seq' | 'kind' | 'date' | 'file'> | null };

function frontMatterOf(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parseYaml(match[1]!) as Record<string, unknown> | null) ?? {}, body: text.slice(match[0].length) };
}

/** The heading text as Docusaurus shows it: inline code, emphasis and links reduced to their words. */
function plainTitle(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(.*?)\1/g, '$2')
    .replace(/\s*\{#[^}]+\}\s*$/, '')
    .trim();
}

/** What page a source file is on the site. Versioned docs are recorded for their dates but are not "changes". */
function describe(file: string, tree: Tree, text: string): Source['page'] {
  const { data, body } = frontMatterOf(text);
  if (data.draft === true || data.unlisted === true) return null;
  const localePrefix = tree.locale === 'en' ? '/en' : '';
  const relative = file.slice(tree.dir.length + 1).replace(/\.mdx?$/, '');
  const heading = /^#\s+(.+)$/m.exec(body)?.[1];
  const slug = typeof data.slug === 'string' ? data.slug : undefined;
  if (tree.plugin === 'blog') {
    const name = relative.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const id = (slug ?? name).replace(/^\//, '');
    const title = typeof data.title === 'string' ? data.title : plainTitle(heading ?? id);
    return { locale: tree.locale, section: 'blog', id, permalink: `${localePrefix}/blog/${id}`, title };
  }
  if (tree.version) return null;
  const dir = path.posix.dirname(relative);
  const base = typeof data.id === 'string' ? data.id : path.posix.basename(relative);
  const id = dir === '.' ? base : `${dir}/${base}`;
  const section = id.split('/')[0] as Section;
  // A folder that is no subscription section yet keeps its dates but gives no changes (see `unsectioned`).
  if (!(sections as readonly string[]).includes(section)) return null;
  // Docusaurus: an absolute slug replaces the path, a relative one the file name; index/README stand for their folder.
  const pagePath = slug
    ? slug.startsWith('/')
      ? slug
      : `/${dir === '.' ? '' : `${dir}/`}${slug}`
    : /^(index|readme)$/i.test(base)
      ? `/${dir === '.' ? '' : `${dir}/`}` // a folder's page keeps the trailing slash, as Docusaurus gives it
      : `/${id}`;
  const title = typeof data.title === 'string' ? data.title : plainTitle(heading ?? base);
  return { locale: tree.locale, section, id, permalink: `${localePrefix}/docs${pagePath}`, title };
}

/** Top-level docs folders that are not subscription sections: their pages get dates, but no feed or digest entries. */
export function unsectioned(sources: Source[]): string[] {
  const folders = sources
    .filter((source) => source.page === null && /^(docs|i18n\/en\/docusaurus-plugin-content-docs\/current)\//.test(source.file))
    .map((source) => source.file.replace(/^(docs|i18n\/en\/docusaurus-plugin-content-docs\/current)\//, '').split('/')[0]!)
    .filter((folder) => !folder.endsWith('.md') && !folder.endsWith('.mdx'));
  return [...new Set(folders)].sort();
}

/** Every source file of a page, with its hash and what page it is. */
export function readSources(): Source[] {
  return trees()
    .flatMap((tree) => walk(tree.dir).map((file) => ({ file, tree })))
    .map(({ file, tree }) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return { file, hash: createHash('sha256').update(text).digest('hex'), page: describe(file, tree, text) };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function readLedger(file = ledgerPath): Ledger {
  if (!existsSync(file)) return { files: {}, changes: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as Ledger;
}

/** One line per file and per change, so a diff shows what changed and appended changes merge at the end. */
export function serialiseLedger(ledger: Ledger): string {
  const files = Object.entries(ledger.files).map(([file, entry]) => `  ${JSON.stringify(file)}: ${JSON.stringify(entry)}`);
  const changes = ledger.changes.map((change) => `  ${JSON.stringify(change)}`);
  return `{\n "files": {\n${files.join(',\n')}\n },\n "changes": [\n${changes.join(',\n')}\n ]\n}\n`;
}

/** The days (UTC, oldest first) on which git saw each file change; empty when there is no git history. */
export function gitDays(): Map<string, string[]> {
  const days = new Map<string, string[]>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--reverse', '--format=@@%ct', '--name-only', '--', 'docs', 'blog', 'i18n', 'versioned_docs'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return days;
  }
  let day = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@@')) day = new Date(Number(line.slice(2)) * 1000).toISOString().slice(0, 10);
    else if (line.trim()) {
      const seen = days.get(line) ?? [];
      if (seen.at(-1) !== day) seen.push(day);
      days.set(line, seen);
    }
  }
  return days;
}

/**
 * The ledger brought up to date with the sources: a file whose hash changed (or that is new) gets `today` and one
 * change; removed files leave `files` (their past changes stay). A first run (an empty ledger) takes each file's
 * history from git when there is one. A versioned copy identical to a current page keeps that page's date.
 */
export function updateLedger(previous: Ledger, sources: Source[], today: string, history: Map<string, string[]> = new Map()): Ledger {
  const files: Record<string, LedgerFile> = {};
  const changes = [...previous.changes];
  const firstRun = Object.keys(previous.files).length === 0;
  const pending: Omit<LedgerChange, 'seq'>[] = [];
  const byHash = new Map<string, string>();
  for (const source of sources) {
    const before = previous.files[source.file];
    if (before && before.hash === source.hash) {
      files[source.file] = before;
      if (source.page) byHash.set(source.hash, before.updated);
      continue;
    }
    const days = firstRun ? (history.get(source.file) ?? []) : [];
    const updated = days.at(-1) ?? today;
    files[source.file] = { hash: source.hash, updated };
    if (source.page) {
      byHash.set(source.hash, updated);
      const when = days.length > 0 ? days : [today];
      when.forEach((date, index) => pending.push({ file: source.file, ...source.page!, kind: index === 0 && !before ? 'added' : 'updated', date }));
    }
  }
  for (const source of sources) {
    const inherited = !source.page && !previous.files[source.file] ? byHash.get(source.hash) : undefined;
    if (inherited) files[source.file] = { hash: source.hash, updated: inherited };
  }
  pending.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : 1));
  let seq = changes.at(-1)?.seq ?? 0;
  for (const change of pending) changes.push({ seq: ++seq, ...change });
  return { files, changes };
}

/** Why the committed ledger does not match the sources; empty when it does. */
export function staleness(ledger: Ledger, sources: Source[]): string[] {
  const problems: string[] = [];
  const current = new Set(sources.map((source) => source.file));
  for (const source of sources) {
    const entry = ledger.files[source.file];
    if (!entry) problems.push(`${source.file}: not in the ledger`);
    else if (entry.hash !== source.hash) problems.push(`${source.file}: changed since the ledger was written`);
  }
  for (const file of Object.keys(ledger.files)) if (!current.has(file)) problems.push(`${file}: in the ledger but gone`);
  ledger.changes.forEach((change, index) => {
    if (change.seq !== index + 1) problems.push(`change ${index + 1}: numbered ${change.seq}; the list is append-only`);
  });
  return problems;
}

/** The UTC day of `at`, as the ledger writes days. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}
