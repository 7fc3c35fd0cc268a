import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {formatDateTime} from '@site/src/components/DateTime';
import {useLocale, useText} from '@site/src/components/i18n';
import {tracks as allTracks, useTrainingProgress, type ItemState, type Outcome, type Track} from '../../progress/context';
import {trainingText, trackName} from '../../text';
import {shownUnder, useTrackFilter} from '../../useTrackFilter';
import styles from './styles.module.css';

export type ItemCheck =
  | {type: 'reading'}
  | {type: 'manual'; signOff: boolean}
  | {type: 'ticket'; priority?: string; attachment: boolean}
  | {type: 'saved-reply-pending'}
  | {type: 'metrics-answer'}
  | {type: 'drill-report'};

type Props = {
  id: string;
  kind: 'reading' | 'exercise';
  title: ReactNode;
  minutes: number;
  tracks: Track[];
  optional: boolean;
  check: ItemCheck;
  children: ReactNode;
};

/** Parses the `tracks` attribute as the catalogue does: a space-separated subset, or `all`. */
export function parseTracks(value: string | undefined): Track[] {
  if (!value || value === 'all') return [...allTracks];
  const names = value.split(/\s+/);
  return allTracks.filter((track) => names.includes(track));
}

/**
 * One trackable item of the curriculum: what it is, for whom, how long, how it is checked, its instructions, and
 * the reader's status with the action that completes it. The static HTML carries everything but the status.
 */
export default function TrainingItem({id, kind, title, minutes, tracks, optional, check, children}: Props): ReactNode {
  const t = useText(trainingText);
  const [filter] = useTrackFilter();
  const headingId = `${id}-title`;
  const trackList = tracks.length === allTracks.length ? t.allTracks : tracks.map((track) => trackName(t, track)).join(' · ');
  if (!shownUnder(filter, tracks)) {
    return (
      <p className={styles.hidden} id={id}>
        <span className={styles.kind}>{kind === 'reading' ? t.reading : t.exercise}</span> {title} {t.hiddenByFilter(trackList)}
      </p>
    );
  }
  return (
    <article className={clsx(styles.item, styles[kind])} id={id} aria-labelledby={headingId}>
      <header className={styles.header}>
        <span className={styles.kind}>{kind === 'reading' ? t.reading : t.exercise}</span>
        <h3 id={headingId} className={styles.title}>
          {title}
        </h3>
        <dl className={styles.meta}>
          <div>
            <dt>{t.tracksLabel}</dt>
            <dd>{trackList}</dd>
          </div>
          <div>
            <dt>{t.timeLabel}</dt>
            <dd>
              {t.minutes(minutes)} · {optional ? t.optional : t.required}
            </dd>
          </div>
          <div>
            <dt>{t.checkLabel}</dt>
            <dd>{describeCheck(t, check)}</dd>
          </div>
        </dl>
      </header>
      <div className={styles.body}>{children}</div>
      <ItemProgress id={id} check={check} />
    </article>
  );
}

type Text = ReturnType<typeof useText<typeof trainingText>>;

function describeCheck(t: Text, check: ItemCheck): string {
  switch (check.type) {
    case 'reading':
      return t.checkReading;
    case 'manual':
      return check.signOff ? t.checkSignOff : t.checkManual;
    case 'ticket':
      return t.checkTicket(check.priority, check.attachment);
    case 'saved-reply-pending':
      return t.checkSavedReply;
    case 'metrics-answer':
      return t.checkMetrics;
    case 'drill-report':
      return t.checkDrill;
  }
}

export function ItemStatus({state}: {state: ItemState | undefined}): ReactNode {
  const t = useText(trainingText);
  const locale = useLocale();
  if (!state) return <span className={styles.statusNone}>{t.statusNone}</span>;
  const when = formatDateTime(state.completedAt, locale, {hour: undefined, minute: undefined, timeZoneName: undefined});
  const label = state.status === 'done' ? t.statusDone(when) : state.status === 'signed-off' ? t.statusSignedOff(when) : t.statusAwaiting(when);
  return (
    <span className={clsx(styles.status, state.changed ? styles.statusChanged : styles.statusDone)}>
      {label}
      {state.score !== undefined && ` · ${t.bestScore(state.score)}`}
      {state.changed && ` · ${t.statusChanged}`}
    </span>
  );
}

/** Where an outcome's problem is shown; `sign_in_required` offers the sign-in page of the reader's language. */
export function OutcomeProblem({outcome}: {outcome: Outcome | null}): ReactNode {
  const t = useText(trainingText);
  const locale = useLocale();
  if (outcome === null || outcome.ok === true) return null;
  return (
    <span className={styles.problem}>
      {outcome.detail}{' '}
      {outcome.code === 'sign_in_required' && <a href={locale === 'en' ? '/en/training/sign-in' : '/training/sign-in'}>{t.signIn}</a>}
    </span>
  );
}

function ItemProgress({id, check}: {id: string; check: ItemCheck}): ReactNode {
  const t = useText(trainingText);
  const progress = useTrainingProgress();
  const state = progress.items[id];
  const [evidence, setEvidence] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputId = useId();
  const needsAction = !state || state.changed;

  const run = async () => {
    setBusy(true);
    try {
      const given = check.type === 'metrics-answer' ? {answer: evidence.trim()} : check.type === 'drill-report' ? {report: evidence} : undefined;
      setOutcome(await progress.complete(id, given));
    } finally {
      setBusy(false);
    }
  };

  const label =
    check.type === 'reading'
      ? state?.changed
        ? t.markReadAgain
        : t.markRead
      : check.type === 'manual'
        ? check.signOff
          ? t.checkOffSignOff
          : t.checkOff
        : t.checkNow;

  return (
    <footer className={styles.progress}>
      <p className={styles.statusLine} aria-live="polite">
        <ItemStatus state={state} /> <OutcomeProblem outcome={outcome} />
      </p>
      {needsAction && (
        <form
          className={styles.action}
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}>
          {check.type === 'metrics-answer' && (
            <label className={styles.evidence} htmlFor={inputId}>
              {t.metricAnswer}
              <input id={inputId} inputMode="decimal" autoComplete="off" value={evidence} onChange={(event) => setEvidence(event.target.value)} required />
            </label>
          )}
          {check.type === 'drill-report' && (
            <label className={styles.evidence} htmlFor={inputId}>
              {t.drillReport}
              <textarea id={inputId} rows={6} spellCheck={false} value={evidence} onChange={(event) => setEvidence(event.target.value)} required />
            </label>
          )}
          <button type="submit" className="button button--primary button--sm" disabled={busy}>
            {busy ? t.working : label}
          </button>
        </form>
      )}
    </footer>
  );
}
