// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import type { RouteExamples } from '../http/route-spec.js';

export const searchExamples = {
  search: {
    query: { q: '备份 恢复', locale: 'zh-Hans', type: ['doc', 'faq'], limit: 10 },
    responses: {
      200: {
        query: '备份 恢复',
        total: 2,
        hits: [
          {
            type: 'doc',
            title: '备份与恢复',
            url: '/docs/operations/backup',
            locale: 'zh-Hans',
            section: 'operations',
            tags: ['备份', '运维'],
            snippet: '每天 02:00 执行 scripts/backup.sh，把数据库和附件备份到对象存储；恢复前先校验清单中的 SHA-256……',
            highlights: [
              { start: 33, end: 35 },
              { start: 45, end: 47 },
            ],
            titleHighlights: [
              { start: 0, end: 2 },
              { start: 3, end: 5 },
            ],
            score: 12.84,
          },
          {
            type: 'faq',
            title: 'Backup fails with “checksum mismatch” after an upgrade',
            url: '/en/docs/faq/backup-checksum',
            locale: 'en',
            section: 'faq',
            tags: ['backup'],
            snippet: 'Run scripts/backup.sh --verify once to rewrite the manifest with SHA-256 sums, then restore as usual…',
            highlights: [{ start: 89, end: 96 }],
            titleHighlights: [{ start: 0, end: 6 }],
            score: 7.31,
          },
        ],
        facets: { type: { doc: 1, faq: 1 }, section: { operations: 1, faq: 1 }, locale: { 'zh-Hans': 1, en: 1 }, tag: { 备份: 1, 运维: 1, backup: 1 }, status: {} },
        engine: 'embedded',
      },
    },
  },
  suggestArticles: {
    query: { q: '升级到 0.8.0 后夜间备份报错 checksum mismatch', locale: 'zh-Hans' },
    responses: {
      200: {
        suggestions: [
          { type: 'doc', title: '备份与恢复', url: '/docs/operations/backup', snippet: '恢复前先校验清单中的 SHA-256……', highlights: [{ start: 0, end: 2 }] },
          { type: 'faq', title: '备份校验和不一致怎么办？', url: '/docs/faq/backup-checksum', snippet: '0.8.0 起备份清单改用 SHA-256……', highlights: [{ start: 8, end: 10 }] },
        ],
      },
    },
  },
  recordSearchEvent: {
    body: { kind: 'deflection', source: 'portal', query: '备份 校验和', locale: 'zh-Hans', url: '/docs/faq/backup-checksum' },
    responses: {},
  },
  getSearchReport: {
    query: { from: '2026-11-01', to: '2026-11-30', source: 'portal' },
    responses: {
      200: {
        from: '2026-11-01',
        to: '2026-11-30',
        totals: { searches: 1284, zeroResults: 97, clicks: 611, deflections: 143 },
        notFound: [{ query: 'ldap 同步', locale: 'zh-Hans', searches: 21, zeroResults: 21, clicks: 0, deflections: 0 }],
        top: [
          { query: '备份', locale: 'zh-Hans', searches: 188, zeroResults: 0, clicks: 120, deflections: 31 },
          { query: 'helm upgrade', locale: 'en', searches: 64, zeroResults: 2, clicks: 40, deflections: 9 },
        ],
      },
    },
  },
} satisfies Record<string, RouteExamples>;
