import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutVersions, lastVersion } from '../../scripts/docs-versions.mjs';
import { randomUUID } from 'node:crypto';
import type { SearchDocument, SearchEngine } from '../src/search/documents.js';
import { EmbeddedEngine } from '../src/search/embedded-engine.js';
import { MeilisearchEngine } from '../src/search/meilisearch-engine.js';
import { pageDocument } from '../src/search/site-source.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { siteDir } from './support/portal.js';
import { ticketTestConfig } from './support/ticket-api.js';

/** A built doc page as Docusaurus writes it, reduced to what the index reads. */
const docPage = (version: string, lang = 'zh-Hans') =>
  `<html lang=${lang} class="plugin-docs docs-version-${version} docs-doc-page"><head><meta name=docusaurus_version content=${version} /></head>` +
  `<body><article><span class="theme-doc-version-badge badge badge--secondary">版本：${version}</span><h1>备份</h1><p>每晚备份数据库并校验。</p></article></body></html>`;

describe('which docs version a built page is indexed as', () => {
  it('indexes the release at /docs/ by its name and next at /docs/next/ as `current`, each in its section', () => {
    expect(pageDocument(docPage('0.8.0'), '/docs/operations/backup', '')).toMatchObject({ version: '0.8.0', section: 'operations', type: 'doc' });
    expect(pageDocument(docPage('current'), '/docs/next/operations/backup', '')).toMatchObject({ version: 'current', section: 'operations', type: 'doc' });
    expect(pageDocument(docPage('current', 'en'), '/en/docs/next/faq/reindex', '')).toMatchObject({ version: 'current', section: 'faq', type: 'faq', locale: 'en' });
  });

  it('does not take the version badge every page carries for its text', () => {
    expect(pageDocument(docPage('0.8.0'), '/docs/operations/backup', '')?.text).toBe('每晚备份数据库并校验。');
  });

  it('leaves out an older release at /docs/<version>/, and gives no version to docs of a site with no release', () => {
    expect(pageDocument(docPage('0.7.0'), '/docs/0.7.0/operations/backup', '')).toBeNull();
    expect(pageDocument(docPage('current'), '/docs/operations/backup', '')).toMatchObject({ version: '', section: 'operations' });
  });
});

const engines: { name: string; make: () => SearchEngine }[] = [{ name: 'embedded', make: () => new EmbeddedEngine() }];
if (process.env.MEILI_URL) engines.push({ name: 'meilisearch', make: () => new MeilisearchEngine({ url: process.env.MEILI_URL!, apiKey: process.env.MEILI_API_KEY, index: `versions-${randomUUID().slice(0, 8)}` }) });

describe.each(engines)('the version filter of the engine: $name', ({ make }) => {
  let engine: SearchEngine;
  const page = (url: string, version: string, type: SearchDocument['type'] = 'doc'): SearchDocument => ({
    id: `page:${url}`, type, locale: 'zh-Hans', section: type === 'article' ? 'blog' : 'operations', title: '备份', headings: '', text: '每晚备份数据库。', internal: '', url, tags: [], version, updatedAt: '2026-12-04T00:00:00.000Z',
  });
  const urls = async (version?: string) =>
    (await engine.search({ text: '备份', readerLocale: 'zh-Hans', filters: { version }, includeInternal: false, limit: 10, offset: 0 })).hits.map((hit) => hit.document.url).sort();

  beforeAll(async () => {
    engine = make();
    await engine.applySettings();
    await engine.clear();
    await engine.upsert([page('/docs/operations/backup', '0.8.0'), page('/docs/next/operations/backup', 'current'), page('/blog/backups', '', 'article')]);
  });
  afterAll(() => engine.clear().catch(() => undefined));

  it('keeps the released docs for `released`, one version for its name, and pages without a version always', async () => {
    expect(await urls('released')).toEqual(['/blog/backups', '/docs/operations/backup']);
    expect(await urls('current')).toEqual(['/blog/backups', '/docs/next/operations/backup']);
    expect(await urls('0.8.0')).toEqual(['/blog/backups', '/docs/operations/backup']);
    expect(await urls('0.7.0')).toEqual(['/blog/backups']);
    expect(await urls()).toHaveLength(3);
  });
});

describe.runIf(cutVersions().length > 0)('searching one docs version over the API', () => {
  let close: () => Promise<void>;
  let app: Express;
  const released = lastVersion();
  const search = (query: string) => request(app).get(`/api/v1/search?${query}`);
  const docHits = (hits: { type: string; url: string; version?: string }[]) => hits.filter((hit) => hit.type !== 'article');

  beforeAll(async () => {
    let db;
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: ticketTestConfig({ SITE_DIR: siteDir }) });
  });
  afterAll(() => close());

  it('answers from the released docs by default, each page once, at the URLs people link to', async () => {
    const res = await search('q=备份 校验和&locale=zh-Hans&limit=50').expect(200);
    const docs = docHits(res.body.hits);
    expect(docs[0]).toMatchObject({ url: '/docs/operations/backup', version: released });
    for (const hit of docs) {
      expect(hit.url).not.toMatch(/^(\/en)?\/docs\/next\//);
      expect(hit.version).toBe(released);
    }
    expect(new Set(res.body.hits.map((hit: { url: string }) => hit.url)).size).toBe(res.body.hits.length);
  });

  it('answers from next with version=current, the blog still beside it', async () => {
    const res = await search('q=backup restore&locale=en&version=current&limit=50').expect(200);
    const docs = docHits(res.body.hits);
    expect(docs[0]).toMatchObject({ url: '/en/docs/next/operations/backup', version: 'current' });
    for (const hit of docs) expect(hit.url).toMatch(/^(\/en)?\/docs\/next\//);
    expect(res.body.hits.some((hit: { type: string }) => hit.type === 'article')).toBe(true);
  });

  it('finds no manual pages of a release it does not index, and the same as the default when the release is named', async () => {
    expect(docHits((await search('q=备份&version=0.0.1').expect(200)).body.hits)).toEqual([]);
    const named = await search(`q=备份&version=${released}`).expect(200);
    const byDefault = await search('q=备份').expect(200);
    expect(named.body.hits.map((hit: { url: string }) => hit.url)).toEqual(byDefault.body.hits.map((hit: { url: string }) => hit.url));
  });

  it('refuses a version that is not one with a field error', async () => {
    const res = await search('q=备份&version=latest').expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('version');
  });

  it('suggests released pages only to a customer writing a ticket', async () => {
    const res = await request(app).get('/api/v1/search/suggestions?q=找不到跟踪链接&locale=zh-Hans').expect(200);
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of res.body.suggestions) expect(suggestion.url).not.toMatch(/\/docs\/next\//);
  });
});
