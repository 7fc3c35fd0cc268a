import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp, testConfig } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createSession, createStaff, type TestStaff } from './support/staff.js';

const themeScript = '!function(){document.documentElement.dataset.theme="light"}()';

function siteWithInlineScript(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'handover-csp-'));
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  const page = (title: string) =>
    `<html><head><script>${themeScript}</script><script type="application/ld+json">{"@type":"WebSite"}</script>` +
    `<script src="/assets/js/main.js" defer></script></head><body><h1>${title}</h1></body></html>`;
  writeFileSync(path.join(dir, 'index.html'), page('首页'));
  writeFileSync(path.join(dir, 'docs', 'index.html'), page('文档'));
  writeFileSync(path.join(dir, '404.html'), page('找不到'));
  return dir;
}

describe('security headers', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  let admin: TestStaff;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db, { config: testConfig({ SITE_DIR: siteWithInlineScript(), METRICS_TOKEN: 'scrape-me-please-0123456789' }) });
    admin = await createStaff(db.prisma, { role: 'admin' });
  });
  afterAll(() => close());

  it('gives the site’s pages a CSP that allows exactly the inline scripts the build holds, by hash', async () => {
    const hash = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`;
    for (const [path, status] of [['/', 200], ['/docs', 200], ['/missing', 404]] as const) {
      const res = await request(app).get(path).expect(status);
      const csp = res.headers['content-security-policy'] as string;
      const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBe(`script-src 'self' ${hash}`);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
    }
  });

  it('gives API answers a CSP that allows nothing, and HSTS only behind https', async () => {
    const res = await request(app).get('/api/v1').expect(200);
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBe('max-age=15552000'); // testConfig's PUBLIC_URL is https
    const plain = testApp(db, { config: testConfig({ PUBLIC_URL: 'http://localhost:8000' }) });
    expect((await request(plain).get('/health')).headers['strict-transport-security']).toBeUndefined();
  });

  it('never lets a browser or proxy keep staff lists or API tokens', async () => {
    const session = await createSession(db.prisma, admin);
    for (const path of ['/api/v1/staff', '/api/v1/auth/tokens']) {
      const res = await request(app).get(path).set(session).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
    }
    const created = await request(app).post('/api/v1/auth/tokens').set(session).send({ name: 'ci' }).expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
  });

  it('answers /metrics only to a scraper with METRICS_TOKEN when it is set', async () => {
    const refused = await request(app).get('/metrics').expect(401);
    expect(refused.type).toBe('application/problem+json');
    expect(refused.headers['www-authenticate']).toContain('Bearer');
    await request(app).get('/metrics').set('Authorization', 'Bearer wrong-token-of-same-size-0').expect(401);
    const scraped = await request(app).get('/metrics').set('Authorization', 'Bearer scrape-me-please-0123456789').expect(200);
    expect(scraped.text).toContain('http_request_duration_seconds');
    await request(testApp(db)).get('/metrics').expect(200); // unset: open, as before (guard it at the proxy)
  });
});
