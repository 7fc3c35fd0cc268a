import {useState, type ReactNode} from 'react';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import type {Answer} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import {pick, useLocale, useText} from '@site/src/components/i18n';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {useCurriculum, type TrainingItem} from './curriculum';
import Evidence from './Evidence';
import PlaceLink from './PlaceLink';
import {useDashboard, useRefreshTraining, useTraineeProgress} from './queries';
import {trainingText} from './text';
import styles from './styles.module.css';

type Progress = Answer<'getTraineeProgress'>;
type ItemState = Progress['items'][number];

/** One trainee's items of their track, week by week, with what they did as evidence and the lead's sign-off. */
export default function TraineeView({cohortId, traineeId}: {cohortId: string; traineeId: string}): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const refresh = useRefreshTraining();
  const weeks = useCurriculum();
  const progress = useTraineeProgress(traineeId);
  const dashboard = useDashboard(cohortId);
  const [result, setResult] = useState<{ok: boolean; text: string} | null>(null);
  const signOff = useMutation({
    mutationFn: (item: TrainingItem) => call(api.POST('/training/trainees/{id}/items/{itemId}/sign-off', {params: {path: {id: traineeId, itemId: item.id}}})),
    onMutate: () => setResult(null),
    onSuccess: (_state, item) => setResult({ok: true, text: t.signedOffDone(pick(item.title, locale))}),
    onError: (error) => setResult({ok: false, text: problemMessage(error)}),
    onSettled: () => refresh(),
  });

  const cohortName = dashboard.data?.cohort.name ?? t.allCohorts;
  const back = (
    <p>
      <PlaceLink cohort={cohortId}>{t.backToCohort(cohortName)}</PlaceLink>
    </p>
  );
  if (progress.isPending) return <p role="status">{shared.loading}</p>;
  if (progress.isError) return (<>{back}<ProblemNotice error={progress.error} onRetry={() => progress.refetch()} /></>);
  const {trainee} = progress.data;
  const states = new Map(progress.data.items.map((state) => [state.itemId, state]));
  const known = new Set(weeks.flatMap((week) => week.items.map((item) => item.id)));
  const orphans = progress.data.items.filter((state) => !known.has(state.itemId));

  return (
    <>
      {back}
      <h2>{trainee.name}</h2>
      <p className={styles.facts}>{t.traineeFacts(trainee.email, t[trainee.track])}</p>
      {trainee.removedAt && <p className="alert alert--warning">{t.removedNotice}</p>}
      <div role="status" aria-live="polite">
        {result && <p className={`alert ${result.ok ? 'alert--success' : 'alert--danger'}`}>{result.text}</p>}
      </div>
      {weeks.map((week) => {
        const items = week.items.filter((item) => item.tracks.includes(trainee.track));
        if (items.length === 0) return null;
        const summary = progress.data.weeks.find((entry) => entry.week === week.week);
        const title = pick(week.title, locale);
        return (
          <section key={week.week} aria-labelledby={`week-${week.week}`} className={styles.week}>
            <h3 id={`week-${week.week}`}>{title}</h3>
            {summary && (
              <p className={styles.facts}>
                {t.weekSummary(summary.done, summary.required)} ·{' '}
                {summary.dueAt ? (
                  <>
                    {t.due} <DateTime iso={summary.dueAt} />
                  </>
                ) : (
                  t.dueUnknown
                )}
                {summary.overdue > 0 && <span className={styles.overdue}> ⚠ {t.overdueCell(summary.overdue, summary.overdueWorkingDays)}</span>}
              </p>
            )}
            <div className={styles.scroll} tabIndex={0} role="region" aria-label={t.itemsCaption(title)}>
              <table className={`${styles.table} ${styles.items}`}>
                <caption className="sr-only">{t.itemsCaption(title)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.item}</th>
                    <th scope="col">{t.kind}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.evidence}</th>
                    <th scope="col">{t.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <ItemRow key={item.id} item={item} state={states.get(item.id)} busy={signOff.isPending} onSignOff={() => signOff.mutate(item)} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section aria-labelledby="orphan-items">
          <h3 id="orphan-items">{t.unknownItems}</h3>
          <ul>
            {orphans.map((state) => (
              <li key={state.itemId}>
                <code>{state.itemId}</code> · <DateTime iso={state.completedAt} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ItemRow({item, state, busy, onSignOff}: {item: TrainingItem; state: ItemState | undefined; busy: boolean; onSignOff: () => void}): ReactNode {
  const t = useText(trainingText);
  const locale = useLocale();
  const title = pick(item.title, locale);
  const status = !state ? t.notStarted : state.status === 'done' ? t.done : state.status === 'awaiting_sign_off' ? t.awaiting : t.signedOff(state.signedOffBy);
  return (
    <tr>
      <th scope="row">
        {title}
        {!item.required && <span className={styles.due}>{t.optional}</span>}
      </th>
      <td>{t[item.kind]}</td>
      <td>
        <span className={state?.status === 'awaiting_sign_off' ? styles.attentionText : undefined}>{status}</span>
        {state && (
          <span className={styles.due}>
            {t.completedAt} <DateTime iso={state.completedAt} />
          </span>
        )}
        {state?.changed && <span className={styles.changed}>{t.changed}</span>}
      </td>
      <td>{state && <Evidence state={state} />}</td>
      <td>
        {state?.status === 'awaiting_sign_off' && (
          <button type="button" className="button button--sm button--primary" disabled={busy} onClick={onSignOff} aria-label={t.signOff(title)}>
            {t.signOffShort}
          </button>
        )}
      </td>
    </tr>
  );
}
