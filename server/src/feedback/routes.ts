import { z } from 'zod';
import { clientAddress } from '../http/client-address.js';
import { negotiateLocale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { pageFeedbackExamples } from './examples.js';
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
    descriptionZh:
      '由每个文档页面末尾的提问发送；无需登录，不涉及个人信息。每个页面每个浏览器一个回答：浏览器的随机 `voterKey` 只保存其 SHA-256，' +
      '用同一密钥再次回答会修改原来的回答（发送了 `comment` 时评论也一并修改），而不是新增一条。评论最多 1,000 个字符。每个地址每分钟最多 30 次回答。',
    examples: pageFeedbackExamples.answerPageFeedback,
    tag,
    audience: ['anyone'],
    body: { schema: PageFeedbackBody },
    responses: { 200: { description: 'The answer as stored.', descriptionZh: '保存后的回答。', schema: PageVote } },
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
    descriptionZh:
      '按页面统计一段时间（UTC 日期）内的回答（按最后一次提交或修改的时间计入）：“有帮助”和“没有帮助”的数量、“有帮助”的占比、评论数和最新的五条评论，' +
      '以及期间内以该页面为上下文（“就此页面提问”）提交的工单。“有帮助”占比最低的页面在前，或回答最多的在前。所有支持人员都可以查看。',
    examples: pageFeedbackExamples.getPageFeedbackReport,
    tag,
    audience: ['staff'],
    query: PageFeedbackReportQuery,
    responses: { 200: { description: 'The report.', descriptionZh: '报告。', schema: PageFeedbackReport } },
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
    descriptionZh:
      '`GET /page-feedback/report` 的页面列表，以 CSV（RFC 4180）格式导出，每个页面一行并附其工单编号，表头使用调用方的语言（`Accept-Language`）；' +
      '中文文件以字节顺序标记（BOM）开头。可能被当作公式执行的单元格前加撇号。',
    examples: pageFeedbackExamples.exportPageFeedbackReport,
    tag,
    audience: ['staff'],
    query: PageFeedbackReportQuery,
    responses: { 200: { description: 'The report as CSV.', descriptionZh: 'CSV 格式的报告。', schema: z.string(), contentType: 'text/csv' } },
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
    descriptionZh: '仅限管理员。评论被删除；回答本身（“有帮助”或“没有帮助”）仍然计入。',
    examples: pageFeedbackExamples.removePageFeedbackComment,
    tag,
    audience: ['admin'],
    params: FeedbackCommentParams,
    responses: { 204: { description: 'Removed.', descriptionZh: '已删除。' } },
    problems: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed', 'csrf_failed'],
    handler: async (req, res, { pageFeedback }) => {
      await pageFeedback.removeComment(FeedbackCommentParams.parse(req.params).id);
      res.status(204).end();
    },
  },
]);
