import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {useSession} from '../session/useSession';
import CohortForm from './CohortForm';
import PlaceLink from './PlaceLink';
import {useCohorts} from './queries';
import {trainingText} from './text';
import styles from './styles.module.css';

/** Every cohort for an administrator (who starts them here), the ones they lead for an agent. */
export default function CohortList(): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const {user} = useSession();
  const cohorts = useCohorts();
  const admin = user.role === 'admin';
  return (
    <>
      <p>
        {admin ? t.cohortsIntroAdmin : t.cohortsIntroAgent} <Link to="/docs/training/lead-guide">{t.guideLink}</Link>
      </p>
      <h2>{t.cohorts}</h2>
      {cohorts.isPending && <p role="status">{shared.loading}</p>}
      {cohorts.isError && <ProblemNotice error={cohorts.error} onRetry={() => cohorts.refetch()} />}
      {cohorts.data && cohorts.data.items.length === 0 && <p>{admin ? t.noCohortsAdmin : t.noCohortsAgent}</p>}
      {cohorts.data && cohorts.data.items.length > 0 && (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={t.cohorts}>
          <table className={styles.table}>
            <caption className="sr-only">{t.cohortsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.startsOn}</th>
                <th scope="col">{t.lead}</th>
                <th scope="col">{t.calendar}</th>
                <th scope="col">{t.trainees}</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.data.items.map((cohort) => (
                <tr key={cohort.id}>
                  <th scope="row">
                    <PlaceLink cohort={cohort.id}>{cohort.name}</PlaceLink>
                  </th>
                  <td>{cohort.startsOn}</td>
                  <td>{cohort.lead?.name ?? t.noLead}</td>
                  <td>{cohort.calendarId}</td>
                  <td>{cohort.trainees}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && (
        <section aria-labelledby="new-cohort">
          <h2 id="new-cohort">{t.newCohort}</h2>
          <CohortForm />
        </section>
      )}
    </>
  );
}
