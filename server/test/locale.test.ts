import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../src/http/locale.js';

describe('choosing the reader’s language', () => {
  it.each([
    [undefined, 'zh-Hans'],
    ['', 'zh-Hans'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.4, zh;q=0.8', 'zh-Hans'],
    ['zh;q=0, en', 'en'],
    ['de, fr', 'zh-Hans'],
    ['*', 'zh-Hans'],
  ])('%s -> %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
