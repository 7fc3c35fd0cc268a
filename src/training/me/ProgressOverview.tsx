import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useQueryClient} from '@tanstack/react-query';
import DateTime from '@site/src/components/DateTime';
import {useLocale, useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {myTrainingKey, signOutTrainee, useMyTraining, type ItemState, type MyTraining, type OutlineItem} from '../session/traineeApi';
import {trainingText} from '../session/text';
import styles from './styles.module.css';

type Text = ReturnType<typeof useText<typeof trainingText>>;

function statusOf(state: ItemState | undefined, t: Text): {label: string; tone: string} {
  if (!state) return {label: t.statusNotStarted, tone: styles.todo!};
  if (state.status === 'awaiting_sign_off') return {label: t.statusAwaiting, tone: styles.waiting!};
  if (state.status === 'signed_off') return {label: t.statusSignedOff, tone: styles.done!};
  return {label: t.statusDone, tone: styles.done!};
}

function ItemRow({item, state, week}: {item: OutlineItem; state: ItemState | undefined; week: number}): ReactNode {
  const t = useText(trainingText);
  const locale = useLocale();
  const status = statusOf(state, t);
  const kind = {reading: t.kindReading, exercise: t.kindExercise, quiz: t.kindQuiz}[item.kind];
  return (
    <li className={styles.item}>
      <Link to={`/docs/training/week-${week}#${item.id}`}>{item.title[locale]}</Link>
      <span className={styles.meta}>
        {kind} · {t.minutes(item.minutes)}
        {!item.required && ` · ${t.optional}`}
        {state?.score != null && ` · ${Math.round(state.score * 100)} %`}
      </span>
      <span className={`${styles.status} ${status.tone}`}>{status.label}</span>
      {state?.changed && <span className={`${styles.status} ${styles.changed}`}>{t.changed}</span>}
    </li>
  );
}

/** The five weeks at a glance: what is done, when each week is due on the cohort's calendar, and quiz scores. */
export function Overview({me}: {me: MyTraining}): ReactNode {
  const t = useText(trainingText);
  const locale = useLocale();
  const client = useQueryClient();
  const states = new Map(me.items.map((item) => [item.itemId, item]));
  const trackName = {developer: t.developer, operator: t.operator, business: t.business}[me.trainee.track];
  return (
    <>
      <div className={styles.who}>
        <p>
          {t.signedInAs(me.trainee.name)} · {t.trackIs(trackName)}
          <br />
          {t.cohort(me.cohort.name, me.cohort.startsOn, me.cohort.lead)}
        </p>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={async () => {
            await signOutTrainee();
            client.setQueryData(myTrainingKey, null);
          }}>
          {t.signOut}
        </button>
      </div>
      {me.cohort.calendarAttention && (
        <p className="alert alert--warning" role="alert">
          {t.calendarAttention}
        </p>
      )}
      {me.complete && (
        <p className="alert alert--success">
          {t.allDone} <Link to="/training/certificate">{t.certificateLink}</Link>
        </p>
      )}
      <ol className={styles.weeks}>
        {me.outline.map((week, index) => {
          const progress = me.weeks[index];
          return (
            <li key={week.week} className={styles.week}>
              <section aria-labelledby={`week-${week.week}`}>
                <h2 id={`week-${week.week}`} className={styles.weekTitle}>
                  {week.title[locale]}
                </h2>
                {progress && (
                  <p className={styles.summary}>
                    <strong>{t.doneOf(progress.done, progress.required)}</strong>
                    {progress.quizScore !== null && ` · ${t.quizScore(`${Math.round(progress.quizScore * 100)} %`)}`}
                    <br />
                    {progress.dueAt ? (
                      <>
                        {t.due} <DateTime iso={progress.dueAt} />
                      </>
                    ) : (
                      t.dueUnknown
                    )}
                    {progress.overdue > 0 && (
                      <>
                        <br />
                        <span className={styles.late}>{t.overdue(progress.overdue, progress.overdueWorkingDays)}</span>
                      </>
                    )}
                  </p>
                )}
                <ul className={styles.items}>
                  {week.items.map((item) => (
                    <ItemRow key={item.id} item={item} state={states.get(item.id)} week={week.week} />
                  ))}
                </ul>
                <Link to={`/docs/${week.docId}`}>{t.openWeek}</Link>
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export default function ProgressOverview(): ReactNode {
  const t = useText(trainingText);
  const me = useMyTraining({always: true});
  if (me.isPending) return <p role="status">{t.loading}</p>;
  if (me.isError) return <ProblemNotice error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    return (
      <p>
        {t.notSignedIn} <Link to="/training/sign-in">{t.goSignIn}</Link>
      </p>
    );
  }
  return <Overview me={me.data} />;
}
