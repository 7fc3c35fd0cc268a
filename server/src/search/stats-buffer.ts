import type { Logger } from '../logger.js';
import type { SearchStatsRepository, StatIncrement, StatSource } from './stats-repository.js';

type Row = { day: string; source: StatSource; locale: string; query: string; by: Required<StatIncrement> };

/**
 * The report's search counts, added up in memory and written in one statement every few seconds (and before a
 * report is read, and at shutdown) instead of one upsert per search: a search should not cost a database write.
 * A crash loses at most the last few seconds of counts, which the report presents as approximate anyway.
 */
export class SearchStatsBuffer {
  private rows = new Map<string, Row>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly stats: SearchStatsRepository,
    private readonly logger: Logger,
  ) {}

  add(day: Date, source: StatSource, locale: string, query: string, by: StatIncrement): void {
    const dayText = day.toISOString().slice(0, 10);
    const key = JSON.stringify([dayText, source, locale, query]);
    const row = this.rows.get(key) ?? { day: dayText, source, locale, query, by: { searches: 0, zeroResults: 0, clicks: 0, deflections: 0 } };
    row.by.searches += by.searches ?? 0;
    row.by.zeroResults += by.zeroResults ?? 0;
    row.by.clicks += by.clicks ?? 0;
    row.by.deflections += by.deflections ?? 0;
    this.rows.set(key, row);
  }

  /** Writes what was counted; a failed write puts the counts back for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.rows.size === 0) return;
      const taken = this.rows;
      this.rows = new Map();
      try {
        await this.stats.addMany([...taken.values()]);
      } catch (error) {
        this.logger.warn({ err: error }, 'writing search counts for the report failed; kept for the next try');
        for (const [key, row] of taken) {
          const now = this.rows.get(key);
          if (now) for (const name of Object.keys(row.by) as (keyof Row['by'])[]) row.by[name] += now.by[name];
          this.rows.set(key, row);
        }
      }
    });
    return this.flushing;
  }
}
