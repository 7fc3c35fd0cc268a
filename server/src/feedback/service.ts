import { ProblemError } from '../http/errors.js';
import type { Locale } from '../http/locale.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { reportCsv } from '../shared/csv.js';
import { hashToken } from '../shared/tokens.js';
import { formatTicketNumber } from '../tickets/number.js';
import type { ContextTicket, PageFeedbackRepository } from './repository.js';
import type { FeedbackSort, PageFeedbackBody, PageFeedbackReport, PageFeedbackReportQuery, PageFeedbackRow, PageVote } from './schemas.js';

/** Enough for a person answering and commenting on page after page; too few to skew a page's share. */
export const voteLimit = { name: 'page-feedback', limit: 30, windowSeconds: 60 };
const maxDays = 366;
const maxPages = 200;
const commentsPerPage = 5;
const ticketsPerPage = 10;
const dayMs = 86_400_000;

export type PageFeedbackDeps = { feedback: PageFeedbackRepository; limiter: RateLimiter; publicUrl: string; now: () => Date };

/**
 * "Was this page helpful?": readers answer without signing in, one answer per page and browser (a random key the
 * browser keeps, stored hashed), which they may change; staff read per page how it helps, what readers wrote, and
 * which tickets were filed from it.
 */
export class PageFeedbackService {
  constructor(private readonly deps: PageFeedbackDeps) {}

  async vote(body: PageFeedbackBody, address: string): Promise<PageVote> {
    await this.deps.limiter.hit(voteLimit, address);
    const at = this.deps.now();
    const { voterKey, comment, version, ...page } = body;
    const stored = await this.deps.feedback.upsertVote(
      { ...page, version: version ?? null, voterKeyHash: hashToken(voterKey), comment: comment === undefined ? undefined : comment === '' ? null : comment },
      at,
    );
    return { helpful: stored.helpful, comment: stored.comment, changed: stored.createdAt.getTime() < at.getTime() };
  }

  async report({ from, to, locale, sort }: PageFeedbackReportQuery): Promise<PageFeedbackReport> {
    const period = periodOf(from, to);
    const filter = { ...period, ...(locale ? { locale } : {}) };
    const counts = new Map<string, { yes: number; no: number; comments: number }>();
    for (const count of await this.deps.feedback.counts(filter)) {
      const row = counts.get(count.page) ?? { yes: 0, no: 0, comments: 0 };
      if (count.helpful) row.yes += count.votes;
      else row.no += count.votes;
      row.comments += count.comments;
      counts.set(count.page, row);
    }
    const totals = { yes: 0, no: 0, comments: 0, pages: counts.size };
    for (const row of counts.values()) {
      totals.yes += row.yes;
      totals.no += row.no;
      totals.comments += row.comments;
    }
    const chosen = [...counts.entries()].map(([page, row]) => ({ page, ...row, ratio: row.yes / (row.yes + row.no) })).sort(byOrder(sort)).slice(0, maxPages);
    const pages = chosen.map((row) => row.page);
    const [meta, comments, tickets] = await Promise.all([
      this.deps.feedback.pageMeta(pages),
      this.deps.feedback.comments(pages, filter),
      this.deps.feedback.ticketsWithContext(filter),
    ]);
    const metaOf = new Map(meta.map((item) => [item.page, item]));
    const ticketsOf = groupBy(tickets, (ticket) => this.pageOfTicket(ticket));
    const commentsOf = groupBy(comments, (comment) => comment.page);
    const rows: PageFeedbackRow[] = chosen.map((row) => {
      const about = metaOf.get(row.page);
      const filed = ticketsOf.get(row.page) ?? [];
      return {
        ...row,
        title: about?.title ?? row.page,
        docId: about?.docId ?? '',
        locale: about?.locale ?? '',
        version: about?.version ?? null,
        latestComments: (commentsOf.get(row.page) ?? []).slice(0, commentsPerPage).map(({ id, helpful, comment, at }) => ({ id, helpful, comment, at: at.toISOString() })),
        tickets: filed.slice(0, ticketsPerPage).map((ticket) => ({ number: formatTicketNumber(ticket.number), subject: ticket.subject, status: ticket.status, createdAt: ticket.createdAt.toISOString() })),
        ticketCount: filed.length,
      };
    });
    return { from, to, sort, totals, pages: rows };
  }

  async csv(query: PageFeedbackReportQuery, locale: Locale): Promise<string> {
    const report = await this.report(query);
    return reportCsv(
      report.pages.map((row) => [row.page, row.title, row.docId, row.locale, row.version, row.yes, row.no, Math.round(row.ratio * 1000) / 1000, row.comments, row.ticketCount, row.tickets.map((ticket) => ticket.number).join(' ')]),
      headings[locale],
      locale,
    );
  }

  async removeComment(id: string): Promise<void> {
    if (!(await this.deps.feedback.removeComment(id))) throw new ProblemError('not_found', { detail: 'No such answer.' });
  }

  /**
   * The page a ticket was asked from, as the widget names pages: its path on this site without the fragment (a
   * heading's anchor). The ticket may hold an absolute address of this site (an API client's); another site's is none.
   */
  private pageOfTicket(ticket: ContextTicket): string | null {
    const url = ticket.contextUrl.split('#')[0]!.split('?')[0]!;
    if (url.startsWith('/')) return url;
    const origin = this.deps.publicUrl.replace(/\/+$/, '');
    return url.startsWith(`${origin}/`) ? url.slice(origin.length) : null;
  }
}

const headings = {
  'zh-Hans': ['页面', '标题', '文档 ID', '语言', '版本', '有帮助', '没有帮助', '有帮助占比', '评论数', '工单数', '工单'],
  en: ['page', 'title', 'doc id', 'locale', 'version', 'yes', 'no', 'share yes', 'comments', 'ticket count', 'tickets'],
} as const;

/** Days in UTC, `to` inclusive, at most a year (and a leap day), as the other reports take them. */
function periodOf(from: string, to: string): { from: Date; until: Date } {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start)) throw new ProblemError('validation_failed', { errors: [{ field: 'from', code: 'invalid_date', message: 'must be a real date (YYYY-MM-DD)' }] });
  if (Number.isNaN(end)) throw new ProblemError('validation_failed', { errors: [{ field: 'to', code: 'invalid_date', message: 'must be a real date (YYYY-MM-DD)' }] });
  if (start > end) throw new ProblemError('validation_failed', { errors: [{ field: 'from', code: 'after_to', message: 'must not be after `to`' }] });
  if ((end - start) / dayMs + 1 > maxDays) throw new ProblemError('validation_failed', { errors: [{ field: 'to', code: 'period_too_long', message: `a report covers at most ${maxDays} days` }] });
  return { from: new Date(start), until: new Date(end + dayMs) };
}

type Ranked = { page: string; yes: number; no: number; ratio: number };

function byOrder(sort: FeedbackSort): (a: Ranked, b: Ranked) => number {
  if (sort === 'most_votes') return (a, b) => b.yes + b.no - (a.yes + a.no) || b.no - a.no || a.page.localeCompare(b.page);
  return (a, b) => a.ratio - b.ratio || b.no - a.no || a.page.localeCompare(b.page);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
