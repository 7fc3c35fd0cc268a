import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { docsChangeFeeds } from '../../scripts/docs-changes/feed.js';
import { ledgerPath, readLedger, readSources, root, staleness, updateLedger, type LedgerChange } from '../../scripts/docs-changes/ledger.js';
import { docsSections, readDocsLedger } from '../src/docs-subscriptions/ledger.js';

// docs-history.json: the committed ledger behind the "Last updated" dates, the docs change feeds and the digests.

describe('the ledger of docs changes', () => {
  const sources = readSources();
  const ledger = readLedger();

  it('is up to date with every page of the docs, the English copies and the blog (run `npm run docs:history` when this fails)', () => {
    expect(staleness(ledger, sources)).toEqual([]);
    expect(sources.some((s) => s.file.startsWith('i18n/en/docusaurus-plugin-content-docs/current/'))).toBe(true);
    expect(sources.some((s) => s.file.startsWith('blog/'))).toBe(true);
  });

  // Proves the check above can fail, and that an update dates only what changed.
  it('goes stale when a page changes, and the update gives only that page today’s date and one new change', () => {
    const page = sources.find((s) => s.file === 'docs/faq/api-token.md')!;
    const edited = sources.map((s) => (s === page ? { ...s, hash: '0'.repeat(64) } : s));
    expect(staleness(ledger, edited)).toEqual(['docs/faq/api-token.md: changed since the ledger was written']);
    const next = updateLedger(ledger, edited, '2027-01-04');
    expect(next.files['docs/faq/api-token.md']).toEqual({ hash: '0'.repeat(64), updated: '2027-01-04' });
    expect(next.files['docs/faq/index.md']).toEqual(ledger.files['docs/faq/index.md']);
    expect(next.changes.slice(0, ledger.changes.length)).toEqual(ledger.changes);
    expect(next.changes.slice(ledger.changes.length)).toEqual([
      { seq: ledger.changes.length + 1, file: 'docs/faq/api-token.md', ...page.page!, kind: 'updated', date: '2027-01-04' },
    ]);
    expect(staleness(next, edited)).toEqual([]);
    // A page removed leaves the files, and a renumbered change list is refused.
    expect(staleness(ledger, sources.filter((s) => s !== page))).toEqual(['docs/faq/api-token.md: in the ledger but gone']);
    expect(staleness({ ...ledger, changes: ledger.changes.slice(1) }, sources)[0]).toMatch(/^change 1: numbered 2/);
  });

  it('backfills a first run from git history, a new page as added and its later days as updates', () => {
    const page = sources.find((s) => s.file === 'docs/faq/api-token.md')!;
    const first = updateLedger({ files: {}, changes: [] }, [page], '2027-01-04', new Map([[page.file, ['2026-11-25', '2026-12-02']]]));
    expect(first.files[page.file]!.updated).toBe('2026-12-02');
    expect(first.changes.map((c) => [c.seq, c.kind, c.date])).toEqual([
      [1, 'added', '2026-11-25'],
      [2, 'updated', '2026-12-02'],
    ]);
  });

  it('names each page where the site has it, in its language, in a section readers can subscribe to', () => {
    const byFile = new Map(ledger.changes.map((c) => [c.file, c]));
    expect(byFile.get('docs/faq/api-token.md')).toMatchObject({ locale: 'zh-Hans', section: 'faq', permalink: '/docs/faq/api-token', title: '如何给脚本和集成创建 API 令牌？' });
    expect(byFile.get('i18n/en/docusaurus-plugin-content-docs/current/operations/index.md')).toMatchObject({ locale: 'en', section: 'operations', permalink: '/en/docs/operations' });
    expect(byFile.get('blog/2026-12-03-handover-0-8-sla.md')).toMatchObject({ section: 'blog', permalink: '/blog/handover-0-8-sla' });
    for (const change of ledger.changes) expect(docsSections).toContain(change.section);
    // The server reads the same file (DOCS_HISTORY_FILE) with its own schema.
    expect(readDocsLedger(ledgerPath).last).toBe(ledger.changes.length);
  });
});

/** Parses XML strictly (sax throws on anything not well-formed) into the text of the elements named. */
function parseXml(xml: string): { root: string; texts: Record<string, string[]>; links: string[] } {
  const parser = sax.parser(true);
  const texts: Record<string, string[]> = {};
  const links: string[] = [];
  const open: string[] = [];
  let root = '';
  parser.onopentag = (tag) => {
    if (!root) root = tag.name;
    open.push(tag.name);
    if (tag.name === 'link' && typeof tag.attributes.href === 'string') links.push(tag.attributes.href);
  };
  parser.onclosetag = () => void open.pop();
  const onText = (text: string) => {
    const name = open.at(-1);
    if (name && text.trim()) (texts[name] ??= []).push(text.trim());
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return { root, texts, links };
}

describe('the docs change feeds', () => {
  const change = (seq: number, locale: LedgerChange['locale'], title: string, permalink: string): LedgerChange => ({
    seq,
    file: `x${seq}.md`,
    locale,
    section: 'operations',
    id: 'operations/x',
    permalink,
    title,
    kind: seq === 1 ? 'added' : 'updated',
    date: `2026-12-0${seq}`,
  });
  const changes = [
    change(1, 'zh-Hans', '备份与恢复 & <演练>', '/docs/operations/backup'),
    change(2, 'en', 'Backups & <drills>', '/en/docs/operations/backup'),
    change(3, 'zh-Hans', '回滚', '/docs/operations/rollback'),
  ];

  it('are well-formed RSS and Atom with the locale’s changes only, newest first, with absolute links', () => {
    const zh = docsChangeFeeds(changes, 'zh-Hans', 'https://docs.example.com');
    const rss = parseXml(zh.rss);
    expect(rss.root).toBe('rss');
    expect(rss.texts.title).toEqual(['Handover 文档更新', '回滚', '备份与恢复 & <演练>']);
    expect(rss.texts.link).toContain('https://docs.example.com/docs/operations/rollback');
    expect(rss.texts.language).toEqual(['zh-Hans']);
    const atom = parseXml(zh.atom);
    expect(atom.root).toBe('feed');
    expect(atom.texts.title).toEqual(['Handover 文档更新', '回滚', '备份与恢复 & <演练>']);
    expect(atom.links).toContain('https://docs.example.com/docs/operations/backup');
    expect(atom.links).toContain('https://docs.example.com/docs-changes/atom.xml');

    const en = docsChangeFeeds(changes, 'en', 'https://docs.example.com');
    expect(parseXml(en.rss).texts.title).toEqual(['Handover docs changes', 'Backups & <drills>']);
    expect(parseXml(en.atom).links).toContain('https://docs.example.com/en/docs/operations/backup');
    expect(en.atom).not.toContain('回滚');
  });

  // The built site, when there is one: the feeds at their stable addresses, announced on every page.
  it.skipIf(!existsSync(path.join(root, 'build/docs-changes/rss.xml')))('are built at /docs-changes/ and /en/docs-changes/ and announced in every page’s head', () => {
    for (const [dir, locale] of [['build', 'zh-Hans'], ['build/en', 'en']] as const) {
      const rss = parseXml(readFileSync(path.join(root, dir, 'docs-changes/rss.xml'), 'utf8'));
      const atom = parseXml(readFileSync(path.join(root, dir, 'docs-changes/atom.xml'), 'utf8'));
      const newest = readLedger().changes.filter((c) => c.locale === locale).at(-1)!;
      expect(rss.texts.title).toContain(newest.title);
      expect(atom.texts.title).toContain(newest.title);
      const page = readFileSync(path.join(root, dir, 'docs/faq/api-token/index.html'), 'utf8');
      const prefix = locale === 'en' ? '/en' : '';
      // The built HTML is minified: attribute values lose their quotes where they can.
      expect(page).toMatch(new RegExp(`<link rel="?alternate"? type="?application/rss\\+xml"? href="?${prefix}/docs-changes/rss\\.xml`));
      expect(page).toMatch(new RegExp(`<link rel="?alternate"? type="?application/atom\\+xml"? href="?${prefix}/docs-changes/atom\\.xml`));
      // "Last updated" from the ledger, not git.
      const updated = readLedger().files[locale === 'en' ? 'i18n/en/docusaurus-plugin-content-docs/current/faq/api-token.md' : 'docs/faq/api-token.md']!.updated;
      expect(page).toMatch(new RegExp(`<time datetime="?${updated}T00:00:00\\.000Z`));
    }
  });
});
