import type {ReactNode} from 'react';
import clsx from 'clsx';
import {useText} from '@site/src/components/i18n';
import {catalogueWeek} from '../../catalogue';
import {tracks, useTrainingProgress, type Track} from '../../progress/context';
import {trainingText, trackName} from '../../text';
import {useTrackFilter} from '../../useTrackFilter';
import styles from './styles.module.css';

/**
 * The week's time per track, computed from the generated catalogue (so it always adds up the items on the page),
 * the reader's done count, and the track filter that shows one track's items (`?track=operator`).
 */
export default function WeekSummary({week}: {week: number}): ReactNode {
  const t = useText(trainingText);
  const progress = useTrainingProgress();
  const [filter, setFilter] = useTrackFilter();
  const items = catalogueWeek(week)?.items ?? [];
  const rows = tracks.map((track) => {
    const mine = items.filter((item) => item.tracks.includes(track));
    const required = mine.filter((item) => item.required);
    const minutes = (list: typeof mine) => list.reduce((sum, item) => sum + item.minutes, 0);
    const done = required.filter((item) => progress.items[item.id] && !progress.items[item.id]?.changed).length;
    return {track, required: required.length, requiredMinutes: minutes(required), optionalMinutes: minutes(mine.filter((item) => !item.required)), done};
  });
  const options: {value: Track | null; label: string}[] = [
    {value: null, label: t.filterAll},
    ...tracks.map((track) => ({value: track, label: progress.trainee?.track === track ? t.filterMine(trackName(t, track)) : trackName(t, track)})),
  ];
  return (
    <section className={styles.summary} aria-labelledby="training-week-summary">
      <h2 id="training-week-summary" className={styles.heading}>
        {t.summaryTitle}
      </h2>
      {/* Focusable and named, so a keyboard user can scroll it where it is wider than a phone. */}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t.summaryTable}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.summaryTrack}</th>
              <th scope="col">{t.summaryTime}</th>
              <th scope="col">{t.summaryOptional}</th>
              <th scope="col">{t.summaryDone}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.track} className={clsx(filter === row.track && styles.current)}>
                <th scope="row">{trackName(t, row.track)}</th>
                <td>{t.hours(row.requiredMinutes)}</td>
                <td>{row.optionalMinutes > 0 ? t.hours(row.optionalMinutes) : '–'}</td>
                <td>
                  {row.done} / {row.required}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className={styles.filter}>
        <legend>{t.filterLabel}</legend>
        {options.map((option) => (
          <label key={option.value ?? 'all'} className={styles.option}>
            <input type="radio" name={`week-${week}-track`} checked={filter === option.value} onChange={() => setFilter(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      {!progress.trainee && <p className={styles.note}>{t.anonymousNote}</p>}
    </section>
  );
}
