import { z } from 'zod';
import { clientAddress } from '../http/client-address.js';
import { negotiateLocale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { FeedbackCommentParams, PageFeedbackBody, PageFeedbackReport, PageFeedbackReportQuery, PageVote } from './schemas.js';
import type { PageFeedbackService } from './service.js';

const tag = 'page-feedback';
const reportProblems = ['unauthenticated', 'forbidden', 'validation_failed'] as const;

export const pageFeedbackRoutes = defineRoutes<{ pageFeedback: PageFeedbackService }>([
  {
    method: 'post',
    path: '/page-feedback',
    operationId: 'answerPageFeedback',
    summary: 'Answer “Was this page helpful?” for a docs page',
    summaryZh: '回答文档页面的“此页面是否有帮助？”',
    description:
      'Sent by the question at the end of every docs page; no sign-in, nothing personal. One answer per page and browser: ' +
      'the browser’s random `voterKey` is stored only as its SHA-256, and a second answer with the same key changes the ' +
      'first (its `comment` too, when sent) instead of adding one. A comment holds at most 1,000 characters. Limited to ' +
      '30 answers a minute per address.',
    tag,
    audience: ['anyone'],
    body: { schema: PageFeedbackBody },
    responses: { 200: { description: 'The answer as stored.', schema: PageVote } },
    problems: ['validation_failed', 'malformed_json', 'unsupported_media_type', 'csrf_failed', 'rate_limited'],
    handler: async (req, res, { pageFeedback }) => {
      res.json(await pageFeedback.vote(PageFeedbackBody.parse(req.body), clientAddress(req)));
    },
  },
  {
    method: 'get',
    path: '/page-feedback/report',
    operationId: 'getPageFeedbackReport',
    summary: 'How helpful each docs page is, with its comments and tickets',
    summaryZh: '各文档页面是否有帮助，以及评论和相关工单',
    description:
      'Per page, over a period of days in UTC (answers count by when they were last given or changed): “yes” and “no”, ' +
      'the share of “yes”, the number of comments and the five latest, and the tickets filed in the period with the page ' +
      'as their context (“ask about this page”). The least helpful pages first, or the most answered. Every staff member ' +
      'may read it.',
    tag,
    audience: ['staff'],
    query: PageFeedbackReportQuery,
    responses: { 200: { description: 'The report.', schema: PageFeedbackReport } },
    problems: [...reportProblems],
    handler: async (req, res, { pageFeedback }) => {
      res.json(await pageFeedback.report(PageFeedbackReportQuery.parse(req.query)));
    },
  },
  {
    method: 'get',
    path: '/page-feedback/report.csv',
    operationId: 'exportPageFeedbackReport',
    summary: 'How helpful each docs page is, as CSV',
    summaryZh: '导出文档页面反馈报告（CSV）',
    description:
      'The pages of `GET /page-feedback/report` as CSV (RFC 4180), one row a page with its ticket numbers, headed in the ' +
      'caller’s language (`Accept-Language`); the Chinese file starts with a byte-order mark. A cell that would run as a ' +
      'formula is prefixed with an apostrophe.',
    tag,
    audience: ['staff'],
    query: PageFeedbackReportQuery,
    responses: { 200: { description: 'The report as CSV.', schema: z.string(), contentType: 'text/csv' } },
    problems: [...reportProblems],
    handler: async (req, res, { pageFeedback }) => {
      const query = PageFeedbackReportQuery.parse(req.query);
      const body = await pageFeedback.csv(query, negotiateLocale(req.get('accept-language')));
      res.status(200).type('text/csv; charset=utf-8').attachment(`page-feedback-${query.from}-${query.to}.csv`).send(body);
    },
  },
  {
    method: 'delete',
    path: '/page-feedback/{id}/comment',
    operationId: 'removePageFeedbackComment',
    summary: 'Remove an abusive comment from a page answer',
    summaryZh: '删除页面反馈中的不当评论',
    description: 'Administrators only. The comment goes; the answer (“yes” or “no”) still counts.',
    tag,
    audience: ['admin'],
    params: FeedbackCommentParams,
    responses: { 204: { description: 'Removed.' } },
    problems: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed', 'csrf_failed'],
    handler: async (req, res, { pageFeedback }) => {
      await pageFeedback.removeComment(FeedbackCommentParams.parse(req.params).id);
      res.status(204).end();
    },
  },
]);
