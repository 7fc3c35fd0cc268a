import chineseDays from 'chinese-days';
import { LegalHoliday, SolarDay } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import notice from '../../src/sla/calendar/data/cn-2026.json' with { type: 'json' };
import { CalendarSchema, HolidayNotice, prcWorkingDaysCalendar, workingIntervals } from '../../src/sla/calendar/index.js';

const calendar = prcWorkingDaysCalendar();

/** Every day of 2026 as YYYY-MM-DD. */
const daysOf2026 = Array.from({ length: 365 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10));

/** Whether our calendar has working time on a day (Shanghai): any interval between its midnights. */
const worksOn = (date: string) => workingIntervals(calendar, new Date(`${date}T00:00:00+08:00`), new Date(`${date}T23:59:59.999+08:00`)).length > 0;

describe('the PRC 2026 holiday notice as data', () => {
  it('parses through its schema, and the calendar built from it through the calendar schema', () => {
    expect(() => HolidayNotice.parse(notice)).not.toThrow();
    expect(CalendarSchema.parse(calendar)).toEqual(calendar);
    expect(calendar).toMatchObject({ id: 'cn-workdays', name: '中国大陆工作日 / PRC working days', timeZone: 'Asia/Shanghai', coverage: { from: '2026-01-01', until: '2026-12-31' } });
    expect(calendar.weekly[1]).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  it('names its source', () => {
    expect(notice.source).toMatchObject({ title: '国务院办公厅关于2026年部分节假日安排的通知', issued: '2025-11-04' });
  });

  it('holds the issue’s dates: Spring Festival 02-15…02-23 and the six make-up working days', () => {
    const holidays = notice.days.filter((day) => day.kind === 'holiday').map((day) => day.date);
    const working = notice.days.filter((day) => day.kind === 'working').map((day) => day.date);
    expect(working).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    for (let day = 15; day <= 23; day++) expect(holidays).toContain(`2026-02-${day}`);
    expect(holidays).toHaveLength(33); // 3 + 9 + 3 + 5 + 3 + 3 + 7 days, as the notice counts them
  });

  it('agrees with chinese-days on every day of 2026: working or not, and which days are holidays or make-up days', () => {
    const disagreements = daysOf2026.filter((date) => worksOn(date) !== chineseDays.isWorkday(date));
    expect(disagreements).toEqual([]);
    const listed = (kind: string) => notice.days.filter((day) => day.kind === kind).map((day) => day.date);
    expect(listed('holiday')).toEqual(chineseDays.getHolidaysInRange('2026-01-01', '2026-12-31', true).filter((date) => chineseDays.getDayDetail(date).name.includes(',')));
    expect(listed('working')).toEqual(daysOf2026.filter((date) => chineseDays.isWorkday(date) && [0, 6].includes(new Date(date).getUTCDay())));
  });

  it('agrees with tyme4ts on every day of 2026, festival names included', () => {
    const ours = new Map(notice.days.map((day) => [day.date, day]));
    for (const date of daysOf2026) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const legal = LegalHoliday.fromYmd(year, month, day);
      const entry = ours.get(date);
      expect(entry?.kind ?? null, date).toBe(legal ? (legal.isWork() ? 'working' : 'holiday') : null);
      // The Chinese names as tyme4ts gives them (chinese-days writes 清明 for 清明节).
      if (legal) expect(legal.getName(), date).toBe(entry?.name['zh-Hans']);
      const weekend = SolarDay.fromYmd(year, month, day).getWeek().getIndex() % 6 === 0;
      expect(worksOn(date), date).toBe(legal ? legal.isWork() : !weekend);
    }
  });

  it('counts 248 working days in 2026', () => {
    expect(daysOf2026.filter(worksOn)).toHaveLength(248);
  });

  it('is the reason the product must not lean on chinese-days for a year nobody entered: it takes 2027 for plain weekdays', () => {
    // 2027-02-08 is a Monday around the 2027 Spring Festival, which no notice has announced in this data.
    expect(chineseDays.isWorkday('2027-02-08')).toBe(true);
    expect(chineseDays.getDayDetail('2027-02-06')).toMatchObject({ work: false, name: 'Saturday' });
    expect(() => worksOn('2027-02-08')).toThrow(/does not cover 2027-02-08/);
  });
});

describe('a holiday notice file', () => {
  it('refuses a day outside its year', () => {
    const stray = { ...notice, days: [...notice.days, { date: '2027-01-01', kind: 'holiday', name: { 'zh-Hans': '元旦', en: "New Year's Day" } }] };
    const result = HolidayNotice.safeParse(stray);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([`days.${notice.days.length}.date`]);
  });

  it('builds one calendar from notices of consecutive years only', () => {
    const [only] = [HolidayNotice.parse(notice)];
    expect(() => prcWorkingDaysCalendar([only, { ...only, year: 2028, days: [] }])).toThrow(/consecutive years/);
  });
});
