import type { PrismaClient } from '../db/database.js';

/** An answer as the service gives it to be stored; `comment` undefined leaves the stored one, null removes it. */
export type VoteInput = {
  page: string;
  title: string;
  docId: string;
  locale: string;
  version: string | null;
  voterKeyHash: string;
  helpful: boolean;
  comment: string | null | undefined;
};

export type StoredVote = { helpful: boolean; comment: string | null; createdAt: Date };

/** Per page and answer, over a period: how many, and how many with a comment. */
export type VoteCount = { page: string; helpful: boolean; votes: number; comments: number };
export type PageMeta = { page: string; title: string; docId: string; locale: string; version: string | null };
export type CommentRow = { id: string; page: string; helpful: boolean; comment: string; at: Date };
export type ContextTicket = { number: number; subject: string; status: string; createdAt: Date; contextUrl: string };

type Period = { from: Date; until: Date; locale?: string };

/** The answers to "Was this page helpful?", one row per page and browser, and the tickets filed from those pages. */
export class PageFeedbackRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** One statement (Prisma upserts on the unique key natively): two answers at once from one browser make one row. */
  async upsertVote(vote: VoteInput, at: Date): Promise<StoredVote> {
    const { voterKeyHash, page, comment, ...rest } = vote;
    const commentFields = comment === undefined ? {} : { comment, commentedAt: comment === null ? null : at };
    return this.prisma.pageFeedback.upsert({
      where: { page_voterKeyHash: { page, voterKeyHash } },
      create: { page, voterKeyHash, ...rest, ...commentFields, createdAt: at, updatedAt: at },
      update: { ...rest, ...commentFields, updatedAt: at },
      select: { helpful: true, comment: true, createdAt: true },
    });
  }

  async counts({ from, until, locale }: Period): Promise<VoteCount[]> {
    const groups = await this.prisma.pageFeedback.groupBy({
      by: ['page', 'helpful'],
      where: { updatedAt: { gte: from, lt: until }, ...(locale ? { locale } : {}) },
      _count: { _all: true, comment: true },
    });
    return groups.map((group) => ({ page: group.page, helpful: group.helpful, votes: group._count._all, comments: group._count.comment }));
  }

  /** Each page's title, doc id, language and version as its latest answer gave them. */
  async pageMeta(pages: string[]): Promise<PageMeta[]> {
    return this.prisma.pageFeedback.findMany({
      where: { page: { in: pages } },
      distinct: ['page'],
      orderBy: [{ page: 'asc' }, { updatedAt: 'desc' }],
      select: { page: true, title: true, docId: true, locale: true, version: true },
    });
  }

  /** The comments on these pages in the period, newest first. */
  async comments(pages: string[], { from, until }: Period): Promise<CommentRow[]> {
    const rows = await this.prisma.pageFeedback.findMany({
      where: { page: { in: pages }, updatedAt: { gte: from, lt: until }, comment: { not: null } },
      orderBy: [{ commentedAt: 'desc' }, { id: 'asc' }],
      select: { id: true, page: true, helpful: true, comment: true, commentedAt: true, updatedAt: true },
    });
    return rows.map((row) => ({ id: row.id, page: row.page, helpful: row.helpful, comment: row.comment ?? '', at: row.commentedAt ?? row.updatedAt }));
  }

  /** Tickets filed in the period from a docs page ("ask about this page"), newest first. */
  async ticketsWithContext({ from, until }: Period): Promise<ContextTicket[]> {
    const rows = await this.prisma.ticket.findMany({
      where: { contextUrl: { not: null }, createdAt: { gte: from, lt: until } },
      orderBy: { createdAt: 'desc' },
      select: { number: true, subject: true, status: true, createdAt: true, contextUrl: true },
    });
    return rows.map((row) => ({ ...row, contextUrl: row.contextUrl ?? '' }));
  }

  /** Removes an answer's comment (the answer itself still counts); false when there is no such answer. */
  async removeComment(id: string): Promise<boolean> {
    const { count } = await this.prisma.pageFeedback.updateMany({ where: { id }, data: { comment: null, commentedAt: null } });
    return count > 0;
  }
}
