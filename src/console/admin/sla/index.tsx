import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import adminStyles from '../styles.module.css';
import SlaCalendars from './SlaCalendars';
import SlaPolicies from './SlaPolicies';
import SlaReport from './SlaReport';
import {slaText} from './text';
import {useSlaUrl, views, type SlaView} from './url';
import styles from './styles.module.css';

/** SLA administration: the policy of each priority, the business calendars they count on, and the compliance report. */
export default function SlaAdmin(): ReactNode {
  const t = useText(slaText);
  const {view, hrefOf, go} = useSlaUrl();
  const label: Record<SlaView, string> = {policies: t.policies, calendars: t.calendars, report: t.report};
  return (
    <>
      <nav aria-label={t.parts} className={`${adminStyles.tabs} ${styles.parts}`}>
        {views.map((name) => (
          <a
            key={name}
            href={hrefOf({view: name})}
            aria-current={view === name ? 'page' : undefined}
            className={adminStyles.tab}
            onClick={(event) => {
              event.preventDefault();
              go({view: name});
            }}>
            {label[name]}
          </a>
        ))}
      </nav>
      <h3>{label[view]}</h3>
      {view === 'policies' && <SlaPolicies />}
      {view === 'calendars' && <SlaCalendars />}
      {view === 'report' && <SlaReport />}
    </>
  );
}
