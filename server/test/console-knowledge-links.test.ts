import {describe, expect, it} from 'vitest';
import {markdownLink, sitePathIn} from '../../src/console/workspace/knowledge/links.js';

describe('links to site pages in the customer’s language', () => {
  it('adds or removes the /en prefix', () => {
    expect(sitePathIn('/docs/operations/backup', 'en')).toBe('/en/docs/operations/backup');
    expect(sitePathIn('/en/docs/operations/backup', 'zh-Hans')).toBe('/docs/operations/backup');
    expect(sitePathIn('/en/docs/faq', 'en')).toBe('/en/docs/faq');
    expect(sitePathIn('/docs/faq', 'zh-Hans')).toBe('/docs/faq');
  });
  it('writes an absolute Markdown link with brackets in the title escaped', () => {
    expect(markdownLink('备份 [PITR]', '/en/docs/x', 'zh-Hans', 'https://help.example')).toBe('[备份 \\[PITR\\]](https://help.example/docs/x)');
  });
});
