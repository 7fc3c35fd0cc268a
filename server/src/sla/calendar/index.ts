/**
 * Business calendars for SLA clocks: which instants are working time, and business-time arithmetic over them.
 *
 * A calendar is data (schema.ts): an IANA time zone (Asia/Shanghai by default), weekly working hours per ISO
 * weekday (Monday–Friday 09:00–18:00 by default), per-date overrides (a holiday; a make-up working day, 调休, with
 * its own or the usual hours; changed hours), and the range of dates it covers. The built-in 7×24 calendar
 * (P1 tickets) is always working and covers all time.
 *
 * Every function takes and returns instants (`Date`, UTC) and works out the wall clock in the calendar's zone with
 * @date-fns/tz, so days that are 23 or 25 hours long in zones with daylight saving time count right. Intervals are
 * half-open: 18:00 is already outside a 09:00–18:00 day, but a due time may fall exactly at 18:00. Across a
 * daylight-saving change an interval runs from the first time the clock shows its start to the first time it shows
 * its end: hours that begin at a skipped 02:30 begin at the jump, and a repeated hour counts from its first pass.
 *
 * A computation that needs a day outside the calendar's coverage throws CalendarNotCoveredError instead of taking
 * it for an ordinary weekday: due times in a year whose holidays nobody entered would be silently wrong.
 * coverageWarning says ahead of time when that is coming. A forward search on a calendar that can have no more
 * working time (an empty weekly schedule) throws CalendarWithoutWorkingTimeError instead of looping.
 *
 * The SLA clock (clock.ts) starts at filing, pauses while a ticket is pending, resumes on the customer's reply,
 * and banks the time used when a policy change brings another calendar.
 */
export { calendarRefusals, CalendarOverride, CalendarSchema, Coverage, isIanaTimeZone, WorkingInterval, type Calendar, type CalendarInput, type CalendarRefusal } from './schema.js';
export { alwaysOpenCalendar, addBusinessMs, businessMsBetween, nextWorkingInstant, workingIntervals, type AlwaysOpenCalendar, type BusinessCalendar, type WorkingPeriod } from './business-time.js';
export { businessMsExcluding, changeCalendar, clockDueAt, clockUsedMs, pauseClock, resumeClock, startClock, type Pause, type SlaClock } from './clock.js';
export { coverageWarning, type CoverageWarning } from './coverage.js';
export { CalendarNotCoveredError, CalendarWithoutWorkingTimeError } from './errors.js';
export { HolidayNotice, prcNotices, prcWorkingDaysCalendar } from './prc.js';
