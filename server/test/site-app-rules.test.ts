import { describe, expect, it } from 'vitest';
import { fileFractions } from '../../src/api/progress.js';
import { acceptList, admitFiles, typeAllowed } from '../../src/components/AttachmentPicker/checks.js';
import { askAboutPageHref, pageContextFromQuery } from '../../src/support/file/pageContext.js';
import { createSuggestionLog } from '../../src/support/file/suggestionLog.js';
import { supportSettings } from '../src/support/routes.js';
import { testConfig } from './support/app.js';

// The portal's own rules, checked against the server's: the limits come from the same settings the API serves.

const limits = supportSettings(testConfig({ ATTACHMENT_MAX_BYTES: '1000', ATTACHMENT_MAX_FILES: '2' })).uploads;
const file = (name: string, size: number, type = '') => ({ name, size, type }) as File;

describe('client-side attachment checks', () => {
  it('admits files within the server’s size and count, and says why it refuses the rest', () => {
    const { accepted, refused } = admitFiles([], [file('a.log', 10, 'text/plain'), file('big.log', 1001, 'text/plain'), file('b.png', 5, 'image/png'), file('c.pdf', 5, 'application/pdf')], limits);
    expect(accepted.map((f) => f.name)).toEqual(['a.log', 'b.png']);
    expect(refused).toEqual([
      { name: 'big.log', reason: 'too_large' },
      { name: 'c.pdf', reason: 'too_many' },
    ]);
    expect(admitFiles([], [file('empty.txt', 0, 'text/plain')], limits).refused).toEqual([{ name: 'empty.txt', reason: 'empty' }]);
  });

  it('takes logs the browser cannot type, refuses programs by name, and accepts what the server accepts', () => {
    expect(typeAllowed(file('server.log', 1), limits.allowedTypes)).toBe(true);
    expect(typeAllowed(file('config.yaml', 1, 'application/x-yaml'), limits.allowedTypes)).toBe(true);
    expect(typeAllowed(file('logs.tar.gz', 1, 'application/x-gzip'), limits.allowedTypes)).toBe(true);
    expect(typeAllowed(file('setup.exe', 1, 'application/x-msdownload'), limits.allowedTypes)).toBe(false);
    expect(typeAllowed(file('fix.sh', 1, 'text/x-sh'), limits.allowedTypes)).toBe(false);
    expect(typeAllowed(file('movie.mp4', 1, 'video/mp4'), limits.allowedTypes)).toBe(false);
    for (const type of limits.allowedTypes) expect(acceptList(limits.allowedTypes)).toContain(type);
  });

  it('spreads upload progress over the files in order, ending at 1 for each', () => {
    const files = [{ size: 100 }, { size: 300 }];
    expect(fileFractions(files, 100, 0, 500)).toEqual([0, 0]);
    expect(fileFractions(files, 100, 150, 500)).toEqual([0.5, 0]);
    expect(fileFractions(files, 100, 350, 500)).toEqual([1, 0.5]);
    expect(fileFractions(files, 100, 500, 500)).toEqual([1, 1]);
  });
});

describe('the page a question comes from', () => {
  it('round-trips title, address and version through the form’s address', () => {
    const href = askAboutPageHref({ title: '第 1 周：系统概览', url: '/docs/training/week-1', version: '0.5.0' });
    expect(pageContextFromQuery(new URL(href, 'https://x.example').search)).toEqual({ title: '第 1 周：系统概览', url: '/docs/training/week-1', version: '0.5.0' });
  });

  it('ignores an address that would lead to another site, as the server refuses it', () => {
    for (const page of ['//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'docs/x']) {
      expect(pageContextFromQuery(`?title=x&page=${encodeURIComponent(page)}`), page).toBeNull();
    }
  });
});

describe('the suggestions filed with a ticket', () => {
  const article = (n: number) => ({ type: 'doc' as const, title: `Page ${n}`, url: `/docs/page-${n}`, snippet: '', highlights: [] });

  it('are every article shown while the customer typed, once each, with the ones opened marked', () => {
    const log = createSuggestionLog();
    log.shown([article(1), article(2)]);
    log.shown([article(2), article(3)]);
    log.opened(article(3));
    expect(log.filed()).toEqual([
      { type: 'doc', title: 'Page 1', url: '/docs/page-1', clicked: false },
      { type: 'doc', title: 'Page 2', url: '/docs/page-2', clicked: false },
      { type: 'doc', title: 'Page 3', url: '/docs/page-3', clicked: true },
    ]);
  });

  it('stop at the first ten shown, as the server takes no more', () => {
    const log = createSuggestionLog();
    for (let n = 0; n < 30; n += 5) log.shown([0, 1, 2, 3, 4].map((i) => article(n + i)));
    expect(log.filed().map((s) => s.url)).toEqual([...Array(10).keys()].map((n) => `/docs/page-${n}`));
  });
});
