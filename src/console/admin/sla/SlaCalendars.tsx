import type {ReactNode} from 'react';
import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import adminStyles from '../styles.module.css';
import CalendarDetail from './CalendarDetail';
import CoverageNote from './CoverageNote';
import {calendarsKey, policiesKey} from './SlaPolicies';
import {slaText} from './text';
import {useSlaUrl} from './url';
import {weeklySummary} from './weekly';
import styles from './styles.module.css';

/** The business calendars with their coverage; one of them opened (`?calendar=`) shows its days and its forms. */
export default function SlaCalendars(): ReactNode {
  const t = useText(slaText);
  const shared = useText(supportText);
  const {params, hrefOf, go} = useSlaUrl();
  const calendars = useQuery({queryKey: calendarsKey, queryFn: () => call(api.GET('/admin/sla/calendars'))});
  const policies = useQuery({queryKey: policiesKey, queryFn: () => call(api.GET('/admin/sla/policies'))});
  const opened = params.get('calendar');
  if (calendars.isPending) return <p role="status">{shared.loading}</p>;
  if (calendars.isError) return <ProblemNotice error={calendars.error} onRetry={() => calendars.refetch()} />;
  const usedBy = (id: string) => (policies.data?.items ?? []).filter((policy) => policy.calendarId === id).map((policy) => policy.priority);
  const calendar = opened ? calendars.data.items.find((item) => item.id === opened) : undefined;
  if (calendar) return <CalendarDetail calendar={calendar} usedBy={usedBy(calendar.id)} />;
  return (
    <>
      <p>{t.calendarsIntro}</p>
      <div className={adminStyles.tableWrap} tabIndex={0} role="region" aria-label={t.calendars}>
        <table className={`${adminStyles.table} ${styles.calendarTable}`}>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.timeZone}</th>
              <th scope="col">{t.weekly}</th>
              <th scope="col">{t.coverage}</th>
              <th scope="col">{t.lastChanged}</th>
            </tr>
          </thead>
          <tbody>
            {calendars.data.items.map((item) => {
              const summary = weeklySummary(item.weekly, t.weekdayShort, t.dayRun);
              const policiesOf = usedBy(item.id);
              return (
                <tr key={item.id}>
                  <th scope="row">
                    <a
                      href={hrefOf({view: 'calendars', calendar: item.id})}
                      aria-label={t.open(item.name)}
                      onClick={(event) => {
                        event.preventDefault();
                        go({view: 'calendars', calendar: item.id});
                      }}>
                      {item.name}
                    </a>
                    <div className={`${adminStyles.muted} ${styles.usedBy}`}>{policiesOf.length ? t.usedBy(policiesOf.join(', ')) : t.usedByNone}</div>
                  </th>
                  <td>{item.builtIn ? '—' : item.timeZone}</td>
                  <td>{item.builtIn ? t.alwaysOpen : summary.length ? summary.map((line) => <div key={line}>{line}</div>) : t.noHours}</td>
                  <td>
                    <CoverageNote coverage={item.coverage} />
                  </td>
                  <td>
                    <DateTime iso={item.updatedAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
