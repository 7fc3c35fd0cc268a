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
  page: SitePath.meta({ description: 'The docs page’s permalink (with the `/en` prefix on English pages).', example: '/en/docs/user-guide/staff' }),
  title: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters').meta({ description: 'The page title, shown in the report.', example: 'Staff guide' }),
  docId: z
    .string()
    .min(1, 'must not be empty')
    .max(300, 'must be at most 300 characters')
    .regex(/^[\p{L}\p{N}._\-/]+$/u, 'must be a doc id such as user-guide/staff')
    .meta({ description: 'The Docusaurus doc id; the same for both languages of a page.', example: 'user-guide/staff' }),
  locale: z.enum(locales).meta({ description: 'The page’s language.' }),
  version: z.string().trim().min(1).max(40, 'must be at most 40 characters').optional().meta({ description: 'The docs version of the page, e.g. `0.8`.', example: '0.8' }),
  voterKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,128}$/, 'must be 22 to 128 letters, digits, - or _')
    .meta({ description: 'A random key the browser made once and keeps (at least 128 bits). Only its SHA-256 is stored: answering again with the same key changes the answer.' }),
  helpful: z.boolean().meta({ description: '`true`: the page helped; `false`: it did not.' }),
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
    .meta({ maxLength: maxCommentLength, description: 'What the reader adds. Left out, the stored comment stays; an empty string removes it.' }),
});
export type PageFeedbackBody = z.infer<typeof PageFeedbackBody>;

export const PageVote = z.object({
  helpful: z.boolean(),
  comment: z.string().nullable(),
  changed: z.boolean().meta({ description: 'true when this browser had answered for this page before and the answer was updated.' }),
});
export type PageVote = z.infer<typeof PageVote>;

export const feedbackSorts = ['least_helpful', 'most_votes'] as const;
export type FeedbackSort = (typeof feedbackSorts)[number];

export const PageFeedbackReportQuery = z.object({
  from: z.iso.date().meta({ description: 'First day (UTC), inclusive; answers count by when they were last given or changed.', example: '2026-11-01' }),
  to: z.iso.date().meta({ description: 'Last day (UTC), inclusive; at most 366 days after `from`.', example: '2026-11-30' }),
  locale: z.enum(locales).optional().meta({ description: 'Only pages in this language.' }),
  sort: z
    .enum(feedbackSorts)
    .default('least_helpful')
    .meta({ description: '`least_helpful`: the lowest share of “yes” first (more “no” first among equals); `most_votes`: the most answers first.' }),
});
export type PageFeedbackReportQuery = z.infer<typeof PageFeedbackReportQuery>;

export const FeedbackCommentParams = z.object({ id: z.uuid().meta({ description: 'The answer whose comment goes.' }) });

const FeedbackComment = z.object({
  id: z.string().meta({ description: 'The answer’s id (for `DELETE /page-feedback/{id}/comment`).' }),
  helpful: z.boolean(),
  comment: z.string(),
  at: z.iso.datetime(),
});

const LinkedTicket = z.object({
  number: z.string().meta({ example: 'HO-1042' }),
  subject: z.string(),
  status: z.string(),
  createdAt: z.iso.datetime(),
});

export const PageFeedbackRow = z.object({
  page: z.string(),
  title: z.string(),
  docId: z.string(),
  locale: z.string(),
  version: z.string().nullable().meta({ description: 'The docs version of the latest answer.' }),
  yes: z.int().min(0),
  no: z.int().min(0),
  ratio: z.number().min(0).max(1).meta({ description: 'yes ÷ (yes + no).' }),
  comments: z.int().min(0),
  latestComments: z.array(FeedbackComment).meta({ description: 'The five latest comments, newest first.' }),
  tickets: z.array(LinkedTicket).meta({ description: 'Tickets filed in the period with this page as their context (“ask about this page”), newest first, at most ten.' }),
  ticketCount: z.int().min(0),
});
export type PageFeedbackRow = z.infer<typeof PageFeedbackRow>;

export const PageFeedbackReport = z
  .object({
    from: z.string(),
    to: z.string(),
    sort: z.enum(feedbackSorts),
    totals: z.object({ yes: z.int(), no: z.int(), comments: z.int(), pages: z.int() }),
    pages: z.array(PageFeedbackRow).meta({ description: 'At most 200 pages, in the order asked for.' }),
  })
  .meta({
    example: {
      from: '2026-11-01',
      to: '2026-11-30',
      sort: 'least_helpful',
      totals: { yes: 12, no: 5, comments: 3, pages: 2 },
      pages: [
        {
          page: '/docs/operations/backup',
          title: '备份与恢复',
          docId: 'operations/backup',
          locale: 'zh-Hans',
          version: '0.8',
          yes: 1,
          no: 4,
          ratio: 0.2,
          comments: 2,
          latestComments: [{ id: '0b7f5d0e-8f51-4d3c-9a51-0d1c3f2a9e11', helpful: false, comment: '恢复步骤缺少 PITR 的例子', at: '2026-11-28T03:12:00.000Z' }],
          tickets: [{ number: 'HO-1042', subject: '恢复到某个时间点失败', status: 'open', createdAt: '2026-11-27T09:00:00.000Z' }],
          ticketCount: 1,
        },
      ],
    },
  });
export type PageFeedbackReport = z.infer<typeof PageFeedbackReport>;
