import { clientAddress } from '../http/client-address.js';
import { defineRoutes } from '../http/route-spec.js';
import { SearchEventBody, SearchQuery, SearchReport, SearchReportQuery, SearchResults, SuggestionQuery, Suggestions } from './schemas.js';
import type { SearchService } from './service.js';

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
    tag,
    audience: ['anyone'],
    query: SearchQuery,
    responses: { 200: { description: 'Hits, best first, with snippets, highlights and facet counts.', schema: SearchResults } },
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
    tag,
    audience: ['anyone'],
    query: SuggestionQuery,
    responses: { 200: { description: 'At most five suggestions, best first.', schema: Suggestions } },
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
    tag,
    audience: ['anyone'],
    body: { schema: SearchEventBody },
    responses: { 204: { description: 'Counted.' } },
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
    tag,
    audience: ['admin'],
    query: SearchReportQuery,
    responses: { 200: { description: 'The report.', schema: SearchReport } },
    problems: ['unauthenticated', 'forbidden', 'validation_failed'],
    handler: async (req, res, { search }) => {
      const { from, to, source } = SearchReportQuery.parse(req.query);
      res.json(await search.report(req.actor, from, to, source));
    },
  },
]);
