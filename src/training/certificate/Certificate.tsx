import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {useMyTraining} from '../session/traineeApi';
import {trainingText} from '../session/text';
import styles from './styles.module.css';

/** The printable certificate, once every required item of the trainee's track is done; else what is missing. */
export default function Certificate(): ReactNode {
  const t = useText(trainingText);
  const me = useMyTraining({always: true});
  const certificate = useQuery({
    queryKey: ['training', 'certificate'],
    queryFn: () => call(api.GET('/training/me/certificate')),
    enabled: Boolean(me.data),
  });
  if (me.isPending || (me.data && certificate.isPending)) return <p role="status">{t.loading}</p>;
  if (me.isError) return <ProblemNotice error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    return (
      <p>
        {t.notSignedIn} <Link to="/training/sign-in">{t.goSignIn}</Link>
      </p>
    );
  }
  if (certificate.isError) return <ProblemNotice error={certificate.error} onRetry={() => certificate.refetch()} />;
  const c = certificate.data!;
  const track = {developer: t.developer, operator: t.operator, business: t.business}[c.track];
  if (!c.eligible) {
    return (
      <>
        <p>{t.notYet}</p>
        <ul>
          {c.missing.map((item) => (
            <li key={item.itemId}>
              <Link to={`/docs/training/week-${item.week}#${item.itemId}`}>
                {t.week(item.week)} · {item.title}
              </Link>
            </li>
          ))}
        </ul>
        <Link to="/training/progress">{t.backToProgress}</Link>
      </>
    );
  }
  return (
    <>
      <article className={styles.certificate} aria-labelledby="certificate-name">
        <p className={styles.org}>Handover</p>
        <p className={styles.kind}>{t.certificateTitle}</p>
        <p id="certificate-name" className={styles.name}>
          {c.name}
        </p>
        <p className={styles.body}>{t.certificateBody(c.name, track, c.cohort)}</p>
        <dl className={styles.facts}>
          <dt>{t.certificateDate}</dt>
          <dd>{c.completedAt && <DateTime iso={c.completedAt} />}</dd>
          <dt>{t.certificateId}</dt>
          <dd>{c.certificateId}</dd>
        </dl>
        <p className={styles.count}>{t.certificateItems(c.items)}</p>
      </article>
      <p className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t.print}
        </button>{' '}
        <Link to="/training/progress">{t.backToProgress}</Link>
      </p>
    </>
  );
}
