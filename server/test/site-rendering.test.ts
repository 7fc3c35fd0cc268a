import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteIsBuilt } from '../src/http/site.js';
import { findUnrenderedMarkdown } from './support/unrendered-markdown.js';

const siteDir = fileURLToPath(new URL('../../build', import.meta.url));

describe('finding Markdown link syntax that was not rendered', () => {
  it('finds a link left as text and a bracket that opened link text and never closed', () => {
    expect(findUnrenderedMarkdown('<ul><li>[Customers: filing a ticket](.## Setting up</li></ul>')).toHaveLength(1);
    expect(findUnrenderedMarkdown('<ul><li>[客户：## 准备</li></ul><p>在本机启动</p>')).toHaveLength(1);
    expect(findUnrenderedMarkdown('<p>see <em>[the guide](../guide.md)</em> first</p>')).toHaveLength(1);
  });

  it('accepts rendered links, brackets closed within their block, code and preformatted text', () => {
    const page = `<body><p><a href="/docs">the guide</a> and [optional] words</p><p>type <code>string[]</code></p>
      <pre>[x](y)</pre><p>a <code>[x](y)</code> example</p><script>const a = "[x](y"</script></body>`;
    expect(findUnrenderedMarkdown(page)).toEqual([]);
  });
});

describe('the built site, every page in both locales', () => {
  const pages: string[] = [];
  beforeAll(() => {
    if (!siteIsBuilt(siteDir)) throw new Error(`No built site in ${siteDir}: run \`npm run build:site\` (npm test does).`);
    for (const entry of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.html')) pages.push(entry);
    }
  });

  it('shows no Markdown link syntax as text', () => {
    expect(pages.some((p) => p.startsWith(`en${path.sep}`))).toBe(true);
    expect(pages.some((p) => !p.startsWith(`en${path.sep}`))).toBe(true);
    const found = pages.flatMap((page) =>
      findUnrenderedMarkdown(readFileSync(path.join(siteDir, page), 'utf8')).map((f) => `${page}: ${f.reason}: ${f.text.slice(0, 120)}`),
    );
    expect(found).toEqual([]);
  });
});
