import { z } from 'zod';
import { locales } from '../http/locale.js';

/** The longest comment a reader may leave after answering. */
export const maxCommentLength = 1000;

// PostgreSQL text cannot hold NUL; other control characters (but line breaks and tabs) only hide things.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A path on this site: `//host` and `/\host` would be another site. No query, no fragment: one page, one row. */
const SitePath = z
  .string()
  .max(500, 'must be at most 500 characters')
  .regex(/^\/(?![/\\])[^\s?#]*$/, 'must be a path on this site, without a query or fragment')
  .meta({ example: '/en/docs/user-guide/staff' });

export const PageFeedbackBody = z.strictObject({
  page: SitePath.meta({ description: 'The docs page’s permalink (with the `/en` prefix on English pages).', descriptionZh: '文档页面的固定链接（英文页面带 `/en` 前缀）。', example: '/en/docs/user-guide/staff' }),
  title: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters').meta({ description: 'The page title, shown in the report.', descriptionZh: '页面标题，显示在报告中。', example: 'Staff guide' }),
  docId: z
    .string()
    .min(1, 'must not be empty')
    .max(300, 'must be at most 300 characters')
    .regex(/^[\p{L}\p{N}._\-/]+$/u, 'must be a doc id such as user-guide/staff')
    .meta({ description: 'The Docusaurus doc id; the same for both languages of a page.', descriptionZh: 'Docusaurus 文档 ID；同一页面的两种语言相同。', example: 'user-guide/staff' }),
  locale: z.enum(locales).meta({ description: 'The page’s language.', descriptionZh: '页面的语言。' }),
  version: z.string().trim().min(1).max(40, 'must be at most 40 characters').optional().meta({ description: 'The docs version of the page, e.g. `0.8`.', descriptionZh: '页面所属的文档版本，例如 `0.8`。', example: '0.8' }),
  voterKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,128}$/, 'must be 22 to 128 letters, digits, - or _')
    .meta({ description: 'A random key the browser made once and keeps (at least 128 bits). Only its SHA-256 is stored: answering again with the same key changes the answer.', descriptionZh: '浏览器生成一次并保存的随机密钥（至少 128 位）。只保存它的 SHA-256：用同一密钥再次回答会修改原来的回答。' }),
  helpful: z.boolean().meta({ description: '`true`: the page helped; `false`: it did not.', descriptionZh: '`true`：页面有帮助；`false`：没有帮助。' }),
  comment: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      // Characters (code points), not UTF-16 units: 1,000 Chinese characters or emoji fit as 1,000 letters do.
      if ([...value].length > maxCommentLength) {
        ctx.addIssue({ code: 'too_big', maximum: maxCommentLength, origin: 'string', inclusive: true, input: value, message: `must be at most ${maxCommentLength} characters` });
      }
      if (controlCharacters.test(value)) ctx.addIssue({ code: 'custom', input: value, message: 'must not contain control characters' });
    })
    .optional()
    .meta({ maxLength: maxCommentLength, description: 'What the reader adds. Left out, the stored comment stays; an empty string removes it.', descriptionZh: '读者补充的评论。不发送时保留已保存的评论；空字符串删除评论。' }),
});
export type PageFeedbackBody = z.infer<typeof PageFeedbackBody>;

export const PageVote = z.object({
  helpful: z.boolean().meta({ description: 'The answer: `true` helped, `false` did not.', descriptionZh: '回答：`true` 有帮助，`false` 没有帮助。' }),
  comment: z.string().nullable().meta({ description: 'The stored comment; null when there is none.', descriptionZh: '已保存的评论；没有评论时为 null。' }),
  changed: z.boolean().meta({ description: 'true when this browser had answered for this page before and the answer was updated.', descriptionZh: '此浏览器之前已回答过该页面、这次修改了原回答时为 true。' }),
});
export type PageVote = z.infer<typeof PageVote>;

export const feedbackSorts = ['least_helpful', 'most_votes'] as const;
export type FeedbackSort = (typeof feedbackSorts)[number];

export const PageFeedbackReportQuery = z.object({
  from: z.iso.date().meta({ description: 'First day (UTC), inclusive; answers count by when they were last given or changed.', descriptionZh: '第一天（UTC），包含当天；回答按最后一次提交或修改的时间计入。', example: '2026-11-01' }),
  to: z.iso.date().meta({ description: 'Last day (UTC), inclusive; at most 366 days after `from`.', descriptionZh: '最后一天（UTC），包含当天；最多在 `from` 之后 366 天。', example: '2026-11-30' }),
  locale: z.enum(locales).optional().meta({ description: 'Only pages in this language.', descriptionZh: '只列出此语言的页面。' }),
  sort: z
    .enum(feedbackSorts)
    .default('least_helpful')
    .meta({ description: '`least_helpful`: the lowest share of “yes” first (more “no” first among equals); `most_votes`: the most answers first.', descriptionZh: '`least_helpful`：“有帮助”占比最低的在前（占比相同时“没有帮助”多的在前）；`most_votes`：回答最多的在前。' }),
});
export type PageFeedbackReportQuery = z.infer<typeof PageFeedbackReportQuery>;

export const FeedbackCommentParams = z.object({ id: z.uuid().meta({ description: 'The answer whose comment goes.', descriptionZh: '要删除其评论的回答。' }) });

const FeedbackComment = z.object({
  id: z.string().meta({ description: 'The answer’s id (for `DELETE /page-feedback/{id}/comment`).', descriptionZh: '回答的 ID（用于 `DELETE /page-feedback/{id}/comment`）。' }),
  helpful: z.boolean().meta({ description: 'The answer it came with: `true` helped, `false` did not.', descriptionZh: '评论所附的回答：`true` 有帮助，`false` 没有帮助。' }),
  comment: z.string().meta({ description: 'The comment.', descriptionZh: '评论内容。' }),
  at: z.iso.datetime().meta({ description: 'When the comment was written (ISO 8601, UTC).', descriptionZh: '评论的填写时间（ISO 8601，UTC）。' }),
});

const LinkedTicket = z.object({
  number: z.string().meta({ example: 'HO-1042' }),
  subject: z.string(),
  status: z.string().meta({ description: 'The ticket’s status now.', descriptionZh: '工单现在的状态。' }),
  createdAt: z.iso.datetime(),
});

export const PageFeedbackRow = z.object({
  page: z.string().meta({ description: 'The page’s permalink.', descriptionZh: '页面的固定链接。' }),
  title: z.string().meta({ description: 'The page title, as the latest answer sent it.', descriptionZh: '页面标题，取自最近一次回答。' }),
  docId: z.string().meta({ description: 'The Docusaurus doc id.', descriptionZh: 'Docusaurus 文档 ID。' }),
  locale: z.string().meta({ description: 'The page’s language: `zh-Hans` or `en`.', descriptionZh: '页面的语言：`zh-Hans` 或 `en`。' }),
  version: z.string().nullable().meta({ description: 'The docs version of the latest answer.', descriptionZh: '最近一次回答所在的文档版本。' }),
  yes: z.int().min(0).meta({ description: 'Answers “yes, it helped”.', descriptionZh: '回答“有帮助”的数量。' }),
  no: z.int().min(0).meta({ description: 'Answers “no, it did not”.', descriptionZh: '回答“没有帮助”的数量。' }),
  ratio: z.number().min(0).max(1).meta({ description: 'yes ÷ (yes + no).', descriptionZh: '“有帮助” ÷（“有帮助” + “没有帮助”）。' }),
  comments: z.int().min(0).meta({ description: 'Answers with a comment.', descriptionZh: '带评论的回答数。' }),
  latestComments: z.array(FeedbackComment).meta({ description: 'The five latest comments, newest first.', descriptionZh: '最新的五条评论，最新的在前。' }),
  tickets: z.array(LinkedTicket).meta({
    description: 'Tickets filed in the period with this page as their context (“ask about this page”), newest first, at most ten.',
    descriptionZh: '期间内以此页面为上下文（“就此页面提问”）提交的工单，最新的在前，最多十个。',
  }),
  ticketCount: z.int().min(0).meta({ description: 'All tickets filed in the period with this page as their context.', descriptionZh: '期间内以此页面为上下文提交的工单总数。' }),
});
export type PageFeedbackRow = z.infer<typeof PageFeedbackRow>;

export const PageFeedbackReport = z.object({
  from: z.string(),
  to: z.string(),
  sort: z.enum(feedbackSorts).meta({ description: 'The order of `pages`, as asked for.', descriptionZh: '`pages` 的排列顺序，与请求相同。' }),
  totals: z.object({
    yes: z.int().meta({ description: 'Answers “yes” over all pages.', descriptionZh: '所有页面“有帮助”的回答数。' }),
    no: z.int().meta({ description: 'Answers “no” over all pages.', descriptionZh: '所有页面“没有帮助”的回答数。' }),
    comments: z.int().meta({ description: 'Answers with a comment over all pages.', descriptionZh: '所有页面带评论的回答数。' }),
    pages: z.int().meta({ description: 'Pages answered for in the period (also those beyond the 200 listed).', descriptionZh: '期间内有回答的页面数（包括列出的 200 个之外的页面）。' }),
  }),
  pages: z.array(PageFeedbackRow).meta({ description: 'At most 200 pages, in the order asked for.', descriptionZh: '最多 200 个页面，按请求的顺序排列。' }),
});
export type PageFeedbackReport = z.infer<typeof PageFeedbackReport>;
