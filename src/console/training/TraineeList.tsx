import {useState, type ReactNode} from 'react';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {tracks, type Track} from './curriculum';
import PlaceLink from './PlaceLink';
import {useCohortTrainees, useRefreshTraining} from './queries';
import {trainingText} from './text';
import styles from './styles.module.css';

type Trainee = Answer<'listCohortTrainees'>['trainees'][number];
type Change = {trainee: Trainee} & ({kind: 'resend'} | {kind: 'track'; track: Track} | {kind: 'removed'; removed: boolean});

/** The cohort's trainees, removed ones too: resend an invitation, change a track, remove or bring back. */
export default function TraineeList({cohortId}: {cohortId: string}): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const problemMessage = useProblemMessage();
  const refresh = useRefreshTraining();
  const trainees = useCohortTrainees(cohortId);
  const [result, setResult] = useState<{ok: boolean; text: string} | null>(null);
  const change = useMutation({
    mutationFn: async (change: Change) => {
      const {trainee} = change;
      const path = {params: {path: {id: trainee.id}}};
      if (change.kind === 'resend') return call(api.POST('/training/trainees/{id}/invitation', path));
      const body = change.kind === 'track' ? {version: trainee.version, track: change.track} : {version: trainee.version, removed: change.removed};
      return call(api.PATCH('/training/trainees/{id}', {...path, body}));
    },
    onMutate: () => setResult(null),
    onSuccess: (_saved, change) => {
      const name = change.trainee.name;
      const text =
        change.kind === 'resend' ? t.resent(name) : change.kind === 'track' ? t.trackChanged(name, t[change.track]) : change.removed ? t.removedDone(name) : t.restored(name);
      setResult({ok: true, text});
    },
    onError: (error, change) => setResult({ok: false, text: error instanceof ApiError && error.code === 'version_conflict' ? t.conflictTrainee(change.trainee.name) : problemMessage(error)}),
    onSettled: () => refresh(),
  });

  if (trainees.isPending) return <p role="status">{shared.loading}</p>;
  if (trainees.isError) return <ProblemNotice error={trainees.error} onRetry={() => trainees.refetch()} />;
  return (
    <>
      {trainees.data.trainees.length > 0 && (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={t.manage}>
          <table className={styles.table}>
            <caption className="sr-only">{t.manageCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.traineeName}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.track}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {trainees.data.trainees.map((trainee) => (
                <tr key={trainee.id} className={trainee.removedAt ? styles.removedRow : undefined}>
                  <th scope="row">
                    <PlaceLink cohort={cohortId} trainee={trainee.id}>
                      {trainee.name}
                    </PlaceLink>
                  </th>
                  <td className={styles.email}>{trainee.email}</td>
                  <td>
                    <TrackPicker key={trainee.version} trainee={trainee} busy={change.isPending} onSave={(track) => change.mutate({trainee, kind: 'track', track})} />
                  </td>
                  <td>{trainee.removedAt ? t.removed : trainee.joinedAt ? t.joined : t.invited}</td>
                  <td>
                    <div className={styles.actions}>
                      {!trainee.removedAt && (
                        <button type="button" className="button button--sm button--secondary" disabled={change.isPending} onClick={() => change.mutate({trainee, kind: 'resend'})}>
                          {t.resend(trainee.name)}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button--sm button--secondary"
                        disabled={change.isPending}
                        onClick={() => change.mutate({trainee, kind: 'removed', removed: !trainee.removedAt})}>
                        {trainee.removedAt ? t.restore(trainee.name) : t.remove(trainee.name)}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div role="status" aria-live="polite">
        {result && <p className={`alert ${result.ok ? 'alert--success' : 'alert--danger'}`}>{result.text}</p>}
      </div>
    </>
  );
}

function TrackPicker({trainee, busy, onSave}: {trainee: Trainee; busy: boolean; onSave: (track: Track) => void}): ReactNode {
  const t = useText(trainingText);
  const [track, setTrack] = useState<Track>(trainee.track);
  const id = `track-${trainee.id}`;
  return (
    <div className={styles.inline}>
      <label htmlFor={id} className="sr-only">
        {t.trackOf(trainee.name)}
      </label>
      <select id={id} className="app-control" value={track} onChange={(event) => setTrack(event.target.value as Track)}>
        {tracks.map((option) => (
          <option key={option} value={option}>
            {t[option]}
          </option>
        ))}
      </select>
      {track !== trainee.track && (
        <button type="button" className="button button--sm button--primary" disabled={busy} onClick={() => onSave(track)}>
          {t.changeTrack(trainee.name)}
        </button>
      )}
    </div>
  );
}
