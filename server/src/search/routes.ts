import { clientAddress } from '../http/client-address.js';
import { defineRoutes } from '../http/route-spec.js';
import { SearchEventBody, SearchQuery, SearchReport, SearchReportQuery, SearchResults, SuggestionQuery, Suggestions } from './schemas.js';
import type { SearchService } from './service.js';
import { searchExamples } from './examples.js';

export type SearchRouteServices = { search: SearchService };

const tag = 'search';

export const searchRoutes = defineRoutes<SearchRouteServices>([
  {
    method: 'get',
    path: '/search',
    operationId: 'search',
    summary: 'Search the manuals, FAQ, articles and (for staff) past tickets',
    summaryZh: '搜索手册、常见问题、文章以及（员工可搜）历史工单',
    description:
      'One query over both languages: the reader’s language ranks first, the other’s pages still come. Chinese words are ' +
      'found inside compounds (工单 in 工单优先级) and English words by stem and with typos (deploymnet finds deployment). ' +
      'Anonymous callers and customers get docs, FAQ and articles; staff also get tickets, whose internal notes are ' +
      'searched for them only. A query with nothing to look for (punctuation, emoji) answers an empty result; an empty ' +
      'or over-long one, or an unknown filter value, is `validation_failed` naming the field and the allowed values. ' +
      'With Meilisearch configured and unreachable the answer is `search_unavailable` (503). Callers not signed in as staff ' +
      'are limited to 240 searches and suggestions a minute per address.',
    descriptionZh: '一次查询覆盖两种语言：读者语言的页面排在前面，另一种语言的页面也会返回。中文词可在复合词中找到（在“工单优先级”中找到“工单”），英文词按词干匹配并容忍拼写错误（deploymnet 能找到 deployment）。匿名调用方和客户得到文档、FAQ 和文章；支持人员还会得到工单，其中的内部备注只为支持人员搜索。没有可搜索内容的查询（标点、表情符号）返回空结果；空的或过长的查询、未知的筛选值返回 `validation_failed`，并指出字段和允许的取值。配置了 Meilisearch 但无法连接时返回 `search_unavailable`（503）。未以支持人员身份登录的调用方，每个地址每分钟最多 240 次搜索和推荐。',
    tag,
    audience: ['anyone'],
    examples: searchExamples.search,
    query: SearchQuery,
    responses: { 200: { description: 'Hits, best first, with snippets, highlights and facet counts.', descriptionZh: '命中结果，最相关的在前，附摘要、高亮和分面计数。', schema: SearchResults } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'rate_limited', 'search_unavailable'],
    handler: async (req, res, { search }) => {
      res.json(await search.search(req.actor, SearchQuery.parse(req.query), clientAddress(req)));
    },
  },
  {
    method: 'get',
    path: '/search/suggestions',
    operationId: 'suggestArticles',
    summary: 'Articles for what a customer is writing',
    summaryZh: '根据客户正在填写的内容推荐文章',
    description:
      'The portal asks as the customer types the subject and description (debounced): up to five docs, FAQ entries or ' +
      'articles, never tickets. Nothing is counted here; opening one and “this solved my problem” are sent to ' +
      '`POST /search/events`, and the list shown is filed with the ticket.',
    descriptionZh: '客户输入主题和描述时，门户会调用此接口（经过防抖）：最多五篇文档、FAQ 条目或文章，从不包括工单。这里不计数；打开推荐和“这解决了我的问题”发送到 `POST /search/events`，显示过的列表随工单一起提交。',
    tag,
    audience: ['anyone'],
    examples: searchExamples.suggestArticles,
    query: SuggestionQuery,
    responses: { 200: { description: 'At most five suggestions, best first.', descriptionZh: '最多五条推荐，最相关的在前。', schema: Suggestions } },
    problems: ['validation_failed', 'rate_limited', 'search_unavailable'],
    handler: async (req, res, { search }) => {
      const { q, locale } = SuggestionQuery.parse(req.query);
      res.json(await search.suggest(q, locale, clientAddress(req)));
    },
  },
  {
    method: 'post',
    path: '/search/events',
    operationId: 'recordSearchEvent',
    summary: 'Count a result opened, or a problem solved without a ticket',
    summaryZh: '记录打开了某个结果，或不提交工单就解决了问题',
    description:
      '`click`: a hit or suggestion was opened; `deflection`: the customer answered “this solved my problem” and did ' +
      'not file. Both feed the metrics and the admin report. Limited to 60 a minute per address.',
    descriptionZh: '`click`：打开了一个搜索结果或推荐；`deflection`：客户回答“这解决了我的问题”，没有提交工单。两者都计入指标和管理员报表。每个地址每分钟最多 60 次。',
    tag,
    audience: ['anyone'],
    examples: searchExamples.recordSearchEvent,
    body: { schema: SearchEventBody },
    responses: { 204: { description: 'Counted.', descriptionZh: '已计数。' } },
    problems: ['validation_failed', 'csrf_failed', 'rate_limited'],
    handler: async (req, res, { search }) => {
      await search.recordEvent(SearchEventBody.parse(req.body), clientAddress(req));
      res.status(204).end();
    },
  },
  {
    method: 'get',
    path: '/admin/search-report',
    operationId: 'getSearchReport',
    summary: 'What people search for and do not find',
    summaryZh: '用户搜索了什么、哪些没有找到',
    description:
      'Per query over a period (days in UTC): searches, searches that found nothing, results opened and deflections ' +
      '(“this solved my problem”), with the queries that found nothing first. Queries are kept 180 days.',
    descriptionZh: '一段时间内（按 UTC 日期）每个搜索词的统计：搜索次数、无结果次数、打开结果次数和自助解决次数（“这解决了我的问题”），无结果的搜索词排在前面。搜索词保留 180 天。',
    tag,
    audience: ['admin'],
    examples: searchExamples.getSearchReport,
    query: SearchReportQuery,
    responses: { 200: { description: 'The report.', descriptionZh: '报表。', schema: SearchReport } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { search }) => {
      const { from, to, source } = SearchReportQuery.parse(req.query);
      res.json(await search.report(req.actor, from, to, source));
    },
  },
]);
