import { describe, expect, it } from 'vitest';
import { lineOfDay, parseDayLines, parseIntervals } from '../../src/console/admin/sla/parse.js';

// What an admin pastes from the State Council's notice, read in the browser into the days the API takes.
describe('reading pasted holiday lines', () => {
  it('when a notice is pasted, then single days, ranges, make-up days, names and hours become days', () => {
    const lines = parseDayLines(
      ['# 2027', '2027-01-01 holiday 元旦 / New Year’s Day', '', '2027-02-06..2027-02-08 放假 春节', '2027-02-20 上班 春节调休', '2027-12-24 hours Christmas Eve 09:00-12:00'].join('\n'),
    );
    expect(lines.map((line) => line.line)).toEqual([2, 4, 5, 6]);
    expect(lines.flatMap((line) => line.days)).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: { 'zh-Hans': '元旦', en: 'New Year’s Day' } },
      { date: '2027-02-06', kind: 'holiday', name: { 'zh-Hans': '春节' } },
      { date: '2027-02-07', kind: 'holiday', name: { 'zh-Hans': '春节' } },
      { date: '2027-02-08', kind: 'holiday', name: { 'zh-Hans': '春节' } },
      { date: '2027-02-20', kind: 'working', name: { 'zh-Hans': '春节调休' } },
      { date: '2027-12-24', kind: 'hours', intervals: [{ start: '09:00', end: '12:00' }], name: { en: 'Christmas Eve' } },
    ]);
    // The server names days.N; N = 4 is the make-up day, sent from line 5.
    expect(lineOfDay(lines, 4)?.line).toBe(5);
  });

  it('when a line cannot be read, then it says why, on that line', () => {
    const problems = parseDayLines(['1 月 1 日 放假', '2027-02-30 holiday', '2027-01-01 rest', '2027-02-10..2027-02-01 holiday', '2027-01-01 holiday 元旦 09:00-12:00', '2027-01-02 hours'].join('\n'));
    expect(problems.map((line) => [line.line, line.problem])).toEqual([
      [1, 'badDateLine'],
      [2, 'noSuchDate'],
      [3, 'badKind'],
      [4, 'badRange'],
      [5, 'holidayHours'],
      [6, 'hoursNeeded'],
    ]);
  });

  it('when weekly hours are typed, then periods separated by commas are read and anything else is refused', () => {
    expect(parseIntervals('09:00-12:00, 13:00–18:00')).toEqual([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]);
    expect(parseIntervals('')).toEqual([]);
    expect(parseIntervals('9 to 6')).toBeNull();
  });
});
