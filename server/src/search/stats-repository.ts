import type { PrismaClient } from '../db/database.js';
import type { TransactionClient } from '../db/transaction.js';

export type StatSource = 'site' | 'console' | 'portal';
export type StatIncrement = { searches?: number; zeroResults?: number; clicks?: number; deflections?: number };
export type StatRow = { query: string; locale: string; searches: number; zeroResults: number; clicks: number; deflections: number };

/** Keeps what people search for no longer than this. */
export const keepStatsDays = 180;

/** Lower-cased, spaces collapsed, at most 200 characters: the same question typed twice is one row. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Daily counts per query for the admin report; one upsert per event. */
export class SearchStatsRepository {
  constructor(private readonly prisma: PrismaClient | TransactionClient) {}

  async add(day: Date, source: StatSource, locale: string, query: string, by: StatIncrement): Promise<void> {
    const s = by.searches ?? 0;
    const z = by.zeroResults ?? 0;
    const c = by.clicks ?? 0;
    const d = by.deflections ?? 0;
    await this.prisma.$executeRaw`
      INSERT INTO search_query_stats (day, source, locale, query, searches, zero_results, clicks, deflections)
      VALUES (${day.toISOString().slice(0, 10)}::date, ${source}, ${locale}, ${query}, ${s}, ${z}, ${c}, ${d})
      ON CONFLICT (day, source, locale, query) DO UPDATE SET
        searches = search_query_stats.searches + EXCLUDED.searches,
        zero_results = search_query_stats.zero_results + EXCLUDED.zero_results,
        clicks = search_query_stats.clicks + EXCLUDED.clicks,
        deflections = search_query_stats.deflections + EXCLUDED.deflections`;
  }

  /** Several rows' counts in one statement (each key once: the caller adds up its own first). */
  async addMany(rows: { day: string; source: StatSource; locale: string; query: string; by: Required<StatIncrement> }[]): Promise<void> {
    if (rows.length === 0) return;
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
    await this.prisma.$executeRaw`
      INSERT INTO search_query_stats (day, source, locale, query, searches, zero_results, clicks, deflections)
      SELECT * FROM unnest(${column((row) => row.day)}::date[], ${column((row) => row.source)}::text[], ${column((row) => row.locale)}::text[],
        ${column((row) => row.query)}::text[], ${column((row) => row.by.searches)}::int[], ${column((row) => row.by.zeroResults)}::int[],
        ${column((row) => row.by.clicks)}::int[], ${column((row) => row.by.deflections)}::int[])
      ON CONFLICT (day, source, locale, query) DO UPDATE SET
        searches = search_query_stats.searches + EXCLUDED.searches,
        zero_results = search_query_stats.zero_results + EXCLUDED.zero_results,
        clicks = search_query_stats.clicks + EXCLUDED.clicks,
        deflections = search_query_stats.deflections + EXCLUDED.deflections`;
  }

  /** Per query over the days from `from` to `to` (inclusive), most searched first. */
  async rows(from: string, to: string, source: StatSource | undefined, onlyNotFound: boolean, take: number): Promise<StatRow[]> {
    const rows = await this.prisma.searchQueryStat.groupBy({
      by: ['query', 'locale'],
      where: { day: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) }, ...(source ? { source } : {}), ...(onlyNotFound ? { zeroResults: { gt: 0 } } : {}) },
      _sum: { searches: true, zeroResults: true, clicks: true, deflections: true },
      orderBy: [{ _sum: onlyNotFound ? { zeroResults: 'desc' } : { searches: 'desc' } }, { query: 'asc' }],
      take,
    });
    return rows.map((row) => ({
      query: row.query,
      locale: row.locale,
      searches: row._sum.searches ?? 0,
      zeroResults: row._sum.zeroResults ?? 0,
      clicks: row._sum.clicks ?? 0,
      deflections: row._sum.deflections ?? 0,
    }));
  }

  async totals(from: string, to: string, source: StatSource | undefined): Promise<Omit<StatRow, 'query' | 'locale'>> {
    const sum = await this.prisma.searchQueryStat.aggregate({
      where: { day: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) }, ...(source ? { source } : {}) },
      _sum: { searches: true, zeroResults: true, clicks: true, deflections: true },
    });
    return { searches: sum._sum.searches ?? 0, zeroResults: sum._sum.zeroResults ?? 0, clicks: sum._sum.clicks ?? 0, deflections: sum._sum.deflections ?? 0 };
  }

  async prune(before: Date): Promise<number> {
    const { count } = await this.prisma.searchQueryStat.deleteMany({ where: { day: { lt: before } } });
    return count;
  }
}
