import { describe, expect, it } from 'vitest';
import { SearchStatsBuffer } from '../src/search/stats-buffer.js';
import type { SearchStatsRepository } from '../src/search/stats-repository.js';
import { silentLogger } from './support/logger.js';

type Rows = Parameters<SearchStatsRepository['addMany']>[0];

describe('the search counts buffer', () => {
  const day = new Date('2026-12-03T08:00:00Z');

  it('adds up the same query and writes each row once per flush', async () => {
    const written: Rows[] = [];
    const buffer = new SearchStatsBuffer({ addMany: async (rows: Rows) => void written.push(rows) } as unknown as SearchStatsRepository, silentLogger);
    buffer.add(day, 'site', 'zh-Hans', '备份', { searches: 1 });
    buffer.add(day, 'site', 'zh-Hans', '备份', { searches: 1, zeroResults: 1 });
    buffer.add(day, 'portal', 'en', 'backup', { searches: 1 });
    await buffer.flush();
    await buffer.flush();
    expect(written).toHaveLength(1);
    expect(written[0]).toEqual([
      { day: '2026-12-03', source: 'site', locale: 'zh-Hans', query: '备份', by: { searches: 2, zeroResults: 1, clicks: 0, deflections: 0 } },
      { day: '2026-12-03', source: 'portal', locale: 'en', query: 'backup', by: { searches: 1, zeroResults: 0, clicks: 0, deflections: 0 } },
    ]);
  });

  it('keeps the counts of a failed write for the next flush, with what came meanwhile', async () => {
    const written: Rows[] = [];
    let fail = true;
    const buffer = new SearchStatsBuffer(
      {
        addMany: async (rows: Rows) => {
          if (fail) throw new Error('database unavailable');
          written.push(rows);
        },
      } as unknown as SearchStatsRepository,
      silentLogger,
    );
    buffer.add(day, 'console', 'zh-Hans', '死信', { searches: 1 });
    await buffer.flush();
    buffer.add(day, 'console', 'zh-Hans', '死信', { searches: 1 });
    fail = false;
    await buffer.flush();
    expect(written).toEqual([[{ day: '2026-12-03', source: 'console', locale: 'zh-Hans', query: '死信', by: { searches: 2, zeroResults: 0, clicks: 0, deflections: 0 } }]]);
  });
});
