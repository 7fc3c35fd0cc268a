import type {ReactNode} from 'react';
import type {Answer} from '@site/src/api/types';
import {useLocale, useText} from '@site/src/components/i18n';
import adminStyles from '../styles.module.css';
import AddDaysForm from './AddDaysForm';
import CoverageNote from './CoverageNote';
import {formatIntervals} from './parse';
import {slaText} from './text';
import {useSlaUrl} from './url';
import WeeklyHoursForm from './WeeklyHoursForm';
import {weeklySummary} from './weekly';
import styles from './styles.module.css';

export type CalendarView = Answer<'listSlaCalendars'>['items'][number];
type Override = CalendarView['overrides'][number];

/** One calendar: its hours and coverage, its days grouped by year, and (unless built in) the forms that change it. */
export default function CalendarDetail({calendar, usedBy}: {calendar: CalendarView; usedBy: string[]}): ReactNode {
  const t = useText(slaText);
  const {hrefOf, go} = useSlaUrl();
  const summary = weeklySummary(calendar.weekly, t.weekdayShort, t.dayRun);
  const years = new Map<string, Override[]>();
  for (const day of calendar.overrides) years.set(day.date.slice(0, 4), [...(years.get(day.date.slice(0, 4)) ?? []), day]);
  const newest = [...years.keys()].sort().at(-1);
  return (
    <>
      <p>
        <a
          href={hrefOf({view: 'calendars'})}
          onClick={(event) => {
            event.preventDefault();
            go({view: 'calendars'});
          }}>
          ← {t.back}
        </a>
      </p>
      <h4>{calendar.name}</h4>
      <dl className={adminStyles.headers}>
        <dt>{t.timeZone}</dt>
        <dd>{calendar.builtIn ? '—' : calendar.timeZone}</dd>
        <dt>{t.weekly}</dt>
        <dd>{calendar.builtIn ? t.alwaysOpen : summary.join('; ') || t.noHours}</dd>
        <dt>{t.coverage}</dt>
        <dd>
          <CoverageNote coverage={calendar.coverage} />
        </dd>
        <dt>{t.policiesLabel}</dt>
        <dd>{usedBy.length ? usedBy.join(', ') : t.usedByNone}</dd>
      </dl>
      {calendar.builtIn ? (
        <p className="alert alert--info">{t.builtIn}</p>
      ) : (
        <>
          <h4>{t.overrides}</h4>
          {years.size === 0 && <p>{t.overridesNone}</p>}
          {[...years.entries()].map(([year, days]) => (
            <details key={year} className={styles.year} open={year === newest}>
              <summary>{t.year(year, days.length)}</summary>
              <OverrideTable year={year} days={days} />
            </details>
          ))}
          <AddDaysForm calendar={calendar} />
          <WeeklyHoursForm calendar={calendar} />
        </>
      )}
    </>
  );
}

function OverrideTable({year, days}: {year: string; days: Override[]}): ReactNode {
  const t = useText(slaText);
  const locale = useLocale();
  const kind = {holiday: t.holiday, working: t.working, hours: t.changedHours};
  const nameOf = (day: Override) => day.name?.[locale] ?? day.name?.['zh-Hans'] ?? day.name?.en ?? '';
  return (
    <div className={adminStyles.tableWrap} tabIndex={0} role="region" aria-label={`${t.overrides} ${year}`}>
      <table className={adminStyles.table}>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.hours}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row" className={styles.nowrap}>
                {day.date}
              </th>
              <td>{kind[day.kind]}</td>
              <td>{nameOf(day)}</td>
              <td>{day.intervals?.length ? formatIntervals(day.intervals) : day.kind === 'working' ? t.usualHours : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
