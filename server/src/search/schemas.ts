import { z } from 'zod';
import { ticketStatuses } from '../tickets/workflow.js';
import { releasedDocs, searchLocales, searchSections, searchTypes } from './documents.js';

/** Longer queries are refused: nobody types more, and a pasted log is a filing, not a search. */
export const maxQueryLength = 200;

const Query = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(maxQueryLength, `must be at most ${maxQueryLength} characters`)
  .meta({
    description: `What to look for, in Chinese, English or both; at most ${maxQueryLength} characters.`,
    descriptionZh: `要搜索的内容，中文、英文或两者皆可；最多 ${maxQueryLength} 个字符。`,
    example: '备份 恢复 校验和',
  });

const Locale = z.enum(searchLocales).meta({ description: 'The reader’s language: its pages rank first; the other language’s still come.', descriptionZh: '读者的语言：该语言的页面排在前面；另一种语言的页面也会返回。' });

const DocsVersion = z
  .string()
  .regex(/^(released|current|\d+\.\d+\.\d+)$/, 'must be `released`, `current` or a release number such as 0.8.0')
  .meta({
    description:
      'Which docs: `released` (the release served at /docs/), `current` (next, the unreleased docs at /docs/next/) or a release number. ' +
      'Only the released docs and next are indexed, so an older release finds no manual pages; blog posts and tickets have no version and always come.',
    descriptionZh:
      '查找哪一版文档：`released`（/docs/ 上的已发布版本）、`current`（next，即 /docs/next/ 上尚未发布的文档）或一个版本号。' +
      '只有已发布版本和 next 建有索引，因此更早的版本找不到手册页面；博客文章和工单没有版本，总会返回。',
    example: 'current',
  });

/** A filter that may be given once or repeated (`type=doc&type=faq`). */
const oneOrMany = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).max(10));

export const SearchQuery = z.object({
  q: Query,
  locale: Locale.default('zh-Hans'),
  type: oneOrMany(z.enum(searchTypes)).optional().meta({ description: 'Only these kinds of hit; `ticket` is for staff.', descriptionZh: '只返回这些类型的结果；`ticket` 仅供支持人员使用。' }),
  section: z.enum(searchSections).optional(),
  tag: z.string().trim().min(1).max(40).optional(),
  status: z.enum(ticketStatuses).optional().meta({ description: 'Tickets only: their status.', descriptionZh: '仅对工单：工单的状态。' }),
  version: DocsVersion.default(releasedDocs),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
  source: z.enum(['site', 'console', 'portal']).default('site').meta({ description: 'Which page searched, for the admin report.', descriptionZh: '发起搜索的页面，用于管理员报表。' }),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

const Highlight = z.object({ start: z.int(), end: z.int() }).meta({ description: 'A matched term: characters `start` (inclusive) to `end` of the snippet.', descriptionZh: '一个匹配词：摘要中从第 `start` 个字符（含）到第 `end` 个字符。' });

export const SearchHit = z.object({
  type: z.enum(searchTypes),
  title: z.string(),
  url: z.string().meta({ description: 'A site path, or the ticket’s console path.', descriptionZh: '站点路径，或工单在控制台中的路径。', example: '/docs/operations/backup' }),
  locale: z.enum(searchLocales),
  section: z.enum(searchSections),
  tags: z.array(z.string()),
  snippet: z.string().meta({ description: 'Text around the best match, at most about 200 characters.', descriptionZh: '最佳匹配处附近的文字，最多约 200 个字符。' }),
  highlights: z.array(Highlight),
  titleHighlights: z.array(Highlight),
  /** Tickets only. */
  number: z.string().optional(),
  status: z.enum(ticketStatuses).optional(),
  /** The snippet comes from an internal note (staff only). */
  internal: z.boolean().optional(),
  version: z.string().optional().meta({ description: 'Docs pages: the release they describe (`0.9.0`), or `current` for next.', descriptionZh: '文档页面：所描述的版本（`0.9.0`），next 为 `current`。' }),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

const Counts = z.record(z.string(), z.int());

export const SearchResults = z.object({
  query: z.string(),
  total: z.int().meta({ description: 'Documents matched (before `limit`).', descriptionZh: '匹配的文档数（应用 `limit` 之前）。' }),
  hits: z.array(SearchHit),
  facets: z.object({ type: Counts, section: Counts, locale: Counts, tag: Counts, status: Counts }),
  engine: z.enum(['embedded', 'meilisearch']),
});
export type SearchResults = z.infer<typeof SearchResults>;

export const SuggestionQuery = z.object({
  q: z.string().max(2000).meta({ description: 'The subject and description as typed so far; only the first 200 characters of words count.', descriptionZh: '目前已输入的主题和描述；只计算前 200 个字符的词。' }),
  locale: Locale.default('zh-Hans'),
});

export const Suggestion = z.object({ type: z.enum(['doc', 'faq', 'article']), title: z.string(), url: z.string(), snippet: z.string(), highlights: z.array(Highlight) });
export const Suggestions = z.object({ suggestions: z.array(Suggestion).max(5) });
export type Suggestions = z.infer<typeof Suggestions>;

export const SearchEventBody = z.strictObject({
  kind: z.enum(['click', 'deflection']).meta({ description: '`click`: a result was opened; `deflection`: “this solved my problem”, no ticket filed.', descriptionZh: '`click`：打开了一个结果；`deflection`：“这解决了我的问题”，未提交工单。' }),
  source: z.enum(['site', 'console', 'portal']),
  query: z.string().trim().min(1).max(2000),
  locale: Locale,
  url: z
    .string()
    .max(500)
    .regex(/^\/[^\s]*$/, 'must be a site path')
    .meta({ description: 'Site path of the hit or suggestion opened, or of the article that solved the problem.', descriptionZh: '被打开的结果或推荐、或解决了问题的文章在站点中的路径。' }),
});
export type SearchEventBody = z.infer<typeof SearchEventBody>;

export const SearchReportQuery = z.object({
  from: z.iso.date().meta({ description: 'First day (UTC), inclusive.', descriptionZh: '第一天（UTC），含当天。', example: '2026-11-01' }),
  to: z.iso.date().meta({ description: 'Last day (UTC), inclusive.', descriptionZh: '最后一天（UTC），含当天。', example: '2026-11-30' }),
  source: z.enum(['site', 'console', 'portal']).optional(),
});

const ReportRow = z.object({ query: z.string(), locale: z.string(), searches: z.int(), zeroResults: z.int(), clicks: z.int(), deflections: z.int() });
export const SearchReport = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({ searches: z.int(), zeroResults: z.int(), clicks: z.int(), deflections: z.int() }),
  notFound: z.array(ReportRow).meta({ description: 'Queries that found nothing, most searched first (at most 50).', descriptionZh: '没有结果的搜索词，搜索次数多的在前（最多 50 个）。' }),
  top: z.array(ReportRow).meta({ description: 'The most searched queries (at most 50).', descriptionZh: '搜索次数最多的搜索词（最多 50 个）。' }),
});
export type SearchReport = z.infer<typeof SearchReport>;
