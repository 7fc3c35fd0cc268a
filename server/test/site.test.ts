import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import express from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStamp } from '../../scripts/build-stamp.mjs';
import { serveSite, siteIsBuilt } from '../src/http/site.js';

/** A miniature of Docusaurus' build output: same shapes of paths, tiny content. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'handover-site-'));
  const files: Record<string, string> = {
    'index.html': '<h1>首页</h1>',
    '404.html': '<h1>找不到页面</h1>',
    'docs/architecture/index.html': '<h1>架构</h1>',
    'en/index.html': '<h1>Home</h1>',
    'en/404.html': '<h1>Page Not Found</h1>',
    'en/docs/architecture/index.html': '<h1>Architecture</h1>',
    'assets/js/main.3f2a9c1d.js': 'console.log(1)',
    'img/logo.svg': '<svg/>',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'outside the site');
  return dir;
}

describe('serving the built site', () => {
  let app: express.Express;
  beforeAll(() => {
    app = express();
    app.use(serveSite(fakeBuild(), { default: 'zh-Hans', others: ['en'] }));
    app.use((_req, res) => res.status(418).send('fell through'));
  });

  it('serves the Chinese home page at / and the English one at /en/, never cached stale', async () => {
    const zh = await request(app).get('/').expect(200);
    expect(zh.text).toContain('首页');
    expect(zh.headers['cache-control']).toBe('no-cache');
    const en = await request(app).get('/en/').expect(200);
    expect(en.text).toContain('Home');
  });

  it('serves a page at its route without a redirect, with or without the trailing slash', async () => {
    expect((await request(app).get('/docs/architecture').expect(200)).text).toContain('架构');
    expect((await request(app).get('/docs/architecture/').expect(200)).text).toContain('架构');
    expect((await request(app).get('/en/docs/architecture?x=1').expect(200)).text).toContain('Architecture');
  });

  it('lets browsers keep hashed assets for a year and other files for an hour', async () => {
    const asset = await request(app).get('/assets/js/main.3f2a9c1d.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const logo = await request(app).get('/img/logo.svg').expect(200);
    expect(logo.headers['cache-control']).toBe('public, max-age=3600, must-revalidate');
  });

  it('answers a missing page with the 404 page of its locale and status 404', async () => {
    const zh = await request(app).get('/docs/no-such-page').expect(404);
    expect(zh.text).toContain('找不到页面');
    expect(zh.headers['cache-control']).toBe('no-cache');
    const en = await request(app).get('/en/docs/no-such-page').expect(404);
    expect(en.text).toContain('Page Not Found');
  });

  it('never serves files outside the build folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/docs/%2e%2e/%2e%2e/secret.txt']) {
      const res = await request(app).get(attempt);
      expect(res.text).not.toContain('outside the site');
    }
  });

  it('leaves other methods to the rest of the app', async () => {
    await request(app).post('/').expect(418);
  });
});

describe('absolute URLs in the built site', () => {
  const siteDir = fileURLToPath(new URL('../../build', import.meta.url));
  const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
  let url: string;
  beforeAll(() => {
    if (!siteIsBuilt(siteDir)) throw new Error(`No built site in ${siteDir}: run \`npm run build:site\` (npm test does).`);
    const recorded = readStamp(path.join(siteDir, '.stamp'))?.inputs?.url;
    if (!recorded) throw new Error('The built site records no URL in build/.stamp: build it with `npm run build:site`.');
    url = recorded;
  });

  /** Every absolute http(s) URL of a feed or sitemap that points at a page of this site. */
  const pageLinks = (xml: string) => {
    const $ = cheerio.load(xml, { xml: true });
    return [...$('loc, link, id').map((_i, el) => $(el).attr('href') ?? $(el).text())].filter((v) => /^https?:/.test(v) && !/w3\.org|sitemaps\.org/.test(v));
  };

  it('point the sitemap and the RSS and Atom feeds of both locales at the URL the site was built for', () => {
    for (const file of ['sitemap.xml', 'en/sitemap.xml', 'blog/rss.xml', 'blog/atom.xml', 'en/blog/rss.xml', 'en/blog/atom.xml']) {
      const links = pageLinks(read(file));
      expect(links.length, file).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith(`${url}/`), `${file}: ${link}`).toBe(true);
    }
  });

  it('give each page a canonical link and og:url at that URL', () => {
    for (const [file, route] of [['index.html', '/'], ['en/docs/architecture/index.html', '/en/docs/architecture']]) {
      const $ = cheerio.load(read(file!));
      expect($('link[rel=canonical]').attr('href')).toBe(`${url}${route}`);
      expect($('meta[property="og:url"]').attr('content')).toBe(`${url}${route}`);
    }
  });
});
