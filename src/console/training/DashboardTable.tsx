import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Answer} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import PlaceLink from './PlaceLink';
import {trainingText} from './text';
import styles from './styles.module.css';

type Dashboard = Answer<'getCohortDashboard'>;
type Week = Dashboard['rows'][number]['weeks'][number];

/** The cohort × weeks table: per trainee and week, required items done, what is overdue and by how much, the quiz. */
export default function DashboardTable({dashboard}: {dashboard: Dashboard}): ReactNode {
  const t = useText(trainingText);
  if (dashboard.rows.length === 0) return <p>{t.noTrainees}</p>;
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={t.dashboardRegion}>
      <table className={clsx(styles.table, styles.dashboard)}>
        <caption>{t.dashboardCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.trainee}</th>
            {dashboard.weeks.map((week) => (
              <th scope="col" key={week.week}>
                {t.week(week.week)}
                <span className={styles.due}>
                  {week.dueAt ? (
                    <>
                      {t.due} <DateTime iso={week.dueAt} />
                    </>
                  ) : (
                    t.dueUnknown
                  )}
                </span>
              </th>
            ))}
            <th scope="col">{t.total}</th>
            <th scope="col">{t.awaitingSignOff}</th>
            <th scope="col">{t.changedSince}</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.rows.map((row) => (
            <tr key={row.trainee.id}>
              <th scope="row">
                <PlaceLink cohort={row.trainee.cohortId} trainee={row.trainee.id}>
                  {row.trainee.name}
                </PlaceLink>
                <span className={styles.due}>{t[row.trainee.track]}</span>
              </th>
              {row.weeks.map((week) => (
                <WeekCell key={week.week} week={week} />
              ))}
              <td>
                <Count done={row.done} required={row.required} />
                {row.complete && <span className={styles.complete}>✓ {t.complete}</span>}
              </td>
              <td className={clsx(row.awaitingSignOff > 0 && styles.attention)}>{row.awaitingSignOff}</td>
              <td className={clsx(row.changed > 0 && styles.attention)}>{row.changed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Count({done, required}: {done: number; required: number}): ReactNode {
  const t = useText(trainingText);
  return (
    <>
      <span aria-hidden="true">{t.doneOf(done, required)}</span>
      <span className="sr-only">{t.doneOfLabel(done, required)}</span>
    </>
  );
}

function WeekCell({week}: {week: Week}): ReactNode {
  const t = useText(trainingText);
  if (week.required === 0 && week.quizScore === null) return <td>—</td>;
  return (
    <td className={clsx(week.overdue > 0 && styles.overdueCell)}>
      <Count done={week.done} required={week.required} />
      {week.overdue > 0 && <span className={styles.overdue}>⚠ {t.overdueCell(week.overdue, week.overdueWorkingDays)}</span>}
      {week.quizScore !== null && <span className={styles.due}>{t.quizScore(Math.round(week.quizScore * 100))}</span>}
    </td>
  );
}
