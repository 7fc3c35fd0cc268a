import { describe, expect, it } from 'vitest';
import { complianceBy, complianceCsv, type ClockOutcome } from '../../src/sla/compliance.js';

const hour = 3_600_000;
const outcome = (fields: Partial<ClockOutcome>): ClockOutcome => ({ priority: 'P3', category: 'defect', agent: 'Li Lei', target: 'first_response', usedMs: hour, state: 'met', ...fields });

describe('SLA compliance over a period', () => {
  const outcomes = [
    ...Array.from({ length: 9 }, (_, i) => outcome({ usedMs: (i + 1) * hour })),
    outcome({ usedMs: 6 * hour, state: 'breached' }),
    outcome({ state: 'open', usedMs: 30 * hour }),
    outcome({ priority: 'P1', agent: null, usedMs: 0.2 * hour }),
    outcome({ priority: 'P1', agent: null, target: 'resolution', usedMs: 5 * hour, state: 'breached' }),
  ];

  it('counts met, breached and open clocks per priority and target, with the median and p90 of the ended ones', () => {
    const rows = complianceBy(outcomes, 'priority');
    expect(rows.find((row) => row.value === 'P3' && row.target === 'first_response')).toEqual({
      dimension: 'priority',
      value: 'P3',
      target: 'first_response',
      met: 9,
      breached: 1,
      open: 1,
      compliance: 0.9,
      // Ended: 1…9 hours and a 6-hour breach (1 2 3 4 5 6 6 7 8 9); the open clock's 30 hours are no answer time yet.
      // Nearest rank: the 5th and the 9th of ten.
      medianHours: 5,
      p90Hours: 8,
    });
    expect(rows.find((row) => row.value === 'P1' && row.target === 'resolution')).toMatchObject({ met: 0, breached: 1, compliance: 0 });
  });

  it('groups tickets nobody holds under an agent of null, listed last', () => {
    const rows = complianceBy(outcomes, 'agent');
    expect(rows.map((row) => [row.value, row.target])).toEqual([
      ['Li Lei', 'first_response'],
      [null, 'first_response'],
      [null, 'resolution'],
    ]);
  });

  it('has no compliance or times when nothing ended', () => {
    expect(complianceBy([outcome({ state: 'open' })], 'category')[0]).toMatchObject({ compliance: null, medianHours: null, p90Hours: null, open: 1 });
  });

  it('exports CSV with headings in the reader’s language, quoting, and formulas defused', () => {
    const rows = complianceBy([outcome({ agent: '=HYPERLINK("http://x")' }), outcome({ agent: 'Wang, Fang' })], 'agent');
    const csv = complianceCsv(rows, 'en');
    expect(csv.split('\n')[0]).toBe('dimension,value,target,met,breached,open,compliance,median business hours,p90 business hours');
    expect(csv).toContain(`agent,"'=HYPERLINK(""http://x"")",first_response,1,0,0,1,1,1`);
    expect(csv).toContain('agent,"Wang, Fang",first_response');
    const zh = complianceCsv(rows, 'zh-Hans');
    expect(zh.startsWith('\ufeff维度,值,目标')).toBe(true);
  });
});
