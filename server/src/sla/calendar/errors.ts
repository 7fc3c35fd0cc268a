/**
 * A computation needed a day the calendar does not cover. Raised instead of guessing that the day is an ordinary
 * weekday: a year whose holidays nobody has entered yet would otherwise give wrong due times without a sound.
 */
export class CalendarNotCoveredError extends Error {
  readonly code = 'calendar_not_covered';

  constructor(
    readonly calendarId: string,
    /** The first day needed that is outside coverage, `YYYY-MM-DD` in the calendar's zone. */
    readonly date: string,
  ) {
    super(`calendar ${calendarId} does not cover ${date}: enter that year's holidays and extend its coverage`);
    this.name = 'CalendarNotCoveredError';
  }
}

/** The calendar has no working time from `after` on, so a due time or the next working instant does not exist. */
export class CalendarWithoutWorkingTimeError extends Error {
  readonly code = 'calendar_without_working_time';

  constructor(
    readonly calendarId: string,
    readonly after: string,
  ) {
    super(`calendar ${calendarId} has no working time after ${after}: its weekly schedule is empty`);
    this.name = 'CalendarWithoutWorkingTimeError';
  }
}
