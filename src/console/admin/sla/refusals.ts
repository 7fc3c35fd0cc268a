import type {FieldError} from '@site/src/api/problem';
import {useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {slaText} from './text';

/** The server's field refusals of calendars and policies in the reader's language, by their stable codes. */
export function useRefusalMessage(): (error: FieldError) => string {
  const t = useText(slaText);
  const locale = useLocale();
  return (error) => {
    const field = error.field.split('.').at(-1) ?? '';
    switch (error.code) {
      case 'duplicate_date': return t.duplicateDate;
      case 'outside_coverage': return t.outsideCoverage;
      case 'inverted_interval': return t.invertedInterval;
      case 'overlapping_intervals': return t.overlapping;
      case 'unknown_time_zone': return t.unknownTimeZone;
      case 'no_usual_hours': return t.noUsualHours;
      case 'holiday_with_hours': return t.holidayHours;
      case 'hours_without_intervals': return t.hoursNeeded;
      case 'invalid_date': return t.noSuchDate;
    }
    if (/Minutes$/.test(field) && error.code === 'too_small') return t.atLeastOneMinute;
    if (/Minutes$/.test(field) && error.code === 'too_big') return t.atMostAYear;
    if (field === 'warnShare') return t.shareRange;
    return fieldMessage(error, locale);
  };
}
