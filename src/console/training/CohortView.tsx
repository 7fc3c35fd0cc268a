import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {useSession} from '../session/useSession';
import CohortForm from './CohortForm';
import DashboardCsvLink from './DashboardCsvLink';
import DashboardTable from './DashboardTable';
import InviteForm from './InviteForm';
import PlaceLink from './PlaceLink';
import {useDashboard} from './queries';
import TraineeList from './TraineeList';
import {trainingText} from './text';
import styles from './styles.module.css';

/** One cohort: the progress table, the CSV, its trainees (invite, resend, track, remove) and, for admins, its settings. */
export default function CohortView({cohortId}: {cohortId: string}): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const {user} = useSession();
  const dashboard = useDashboard(cohortId);
  const back = (
    <p>
      <PlaceLink>{t.allCohorts}</PlaceLink>
    </p>
  );
  if (dashboard.isPending) return <p role="status">{shared.loading}</p>;
  if (dashboard.isError) return (<>{back}<ProblemNotice error={dashboard.error} onRetry={() => dashboard.refetch()} /></>);
  const {cohort, calendarAttention} = dashboard.data;
  return (
    <>
      {back}
      <h2>{cohort.name}</h2>
      <p className={styles.facts}>{t.cohortFacts(cohort.startsOn, cohort.lead?.name ?? t.noLead, cohort.calendarId)}</p>
      {calendarAttention && (
        <div className={`alert alert--warning ${styles.attentionNotice}`} role="alert">
          {calendarAttention === 'calendar_not_covered' ? t.calendarNotCovered : t.calendarOther(calendarAttention)}
        </div>
      )}

      <section aria-labelledby="training-dashboard">
        <h3 id="training-dashboard">{t.dashboard}</h3>
        <p className={styles.muted}>{t.overdueNote}</p>
        <DashboardTable dashboard={dashboard.data} />
        <DashboardCsvLink cohortId={cohort.id} startsOn={cohort.startsOn} />
      </section>

      <section aria-labelledby="training-trainees">
        <h3 id="training-trainees">{t.manage}</h3>
        <TraineeList cohortId={cohort.id} />
        <h4>{t.invite}</h4>
        <p className={styles.muted}>{t.inviteIntro}</p>
        <InviteForm cohortId={cohort.id} />
      </section>

      {user.role === 'admin' && (
        <section aria-labelledby="training-edit">
          <h3 id="training-edit">{t.editCohort}</h3>
          <CohortForm cohort={cohort} />
        </section>
      )}
    </>
  );
}
