import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import DateTime, {formatDateTime} from '@site/src/components/DateTime';
import RelativeTime from '@site/src/components/DateTime/RelativeTime';
import {useLocale, useText} from '@site/src/components/i18n';
import type {Answer} from '@site/src/api/types';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import SlaBadge, {useBusinessDuration} from '../sla/SlaBadge';
import {nextYearDocsPath, slaText} from '../sla/text';
import {slaPanelText} from './slaText';
import {useTicketSla} from './useTicket';
import styles from './styles.module.css';

type Clock = Answer<'getTicketSla'>['clocks'][number];

const dayOnly: Intl.DateTimeFormatOptions = {hour: undefined, minute: undefined, timeZoneName: undefined};
const timeOnly: Intl.DateTimeFormatOptions = {year: undefined, month: undefined, day: undefined, timeZoneName: undefined};

/** "28 Dec 2026, 10:05 GMT+8 – 18:00": the end's date and zone repeated only when it is another day (in the viewer's zone). */
function Interval({start, end}: {start: string; end: string}): ReactNode {
  const locale = useLocale();
  const sameDay = formatDateTime(start, locale, dayOnly) === formatDateTime(end, locale, dayOnly);
  return (
    <>
      <time dateTime={start}>{formatDateTime(start, locale)}</time> – <time dateTime={end}>{formatDateTime(end, locale, sameDay ? timeOnly : {})}</time>
    </>
  );
}

function ClockDetails({clock}: {clock: Clock}): ReactNode {
  const t = useText(slaPanelText);
  const names = useText(slaText);
  const duration = useBusinessDuration();
  const {computation} = clock;
  const headingId = `sla-${clock.kind}`;
  return (
    <section aria-labelledby={headingId} className={styles.slaClock}>
      <h3 id={headingId} className={styles.slaClockHeading}>
        {names[clock.kind]} <SlaBadge state={clock.state} />
      </h3>
      {clock.attention && (
        <p className={styles.slaAttention}>
          <strong>⚠ {t.attention}</strong> <Link to={nextYearDocsPath}>{names.docsLink}</Link>
        </p>
      )}
      <dl className={styles.slaFacts}>
        <dt>{t.due}</dt>
        <dd>
          {clock.dueAt ? (
            <>
              <RelativeTime iso={clock.dueAt} /> · <DateTime iso={clock.dueAt} />
            </>
          ) : (
            t.noDue
          )}
        </dd>
        <dt>{t.used}</dt>
        <dd>{t.usedOf(duration(clock.usedMs), duration(clock.targetMinutes * 60_000))}</dd>
        <dt>{t.started}</dt>
        <dd>
          <DateTime iso={clock.startedAt} />
        </dd>
        {clock.pausedAt && (
          <>
            <dt>{t.pausedSince}</dt>
            <dd>
              <DateTime iso={clock.pausedAt} />
              <br />
              <span className={styles.muted}>{t.pausedNote}</span>
            </dd>
          </>
        )}
        {clock.metAt && (
          <>
            <dt>{t.metAt}</dt>
            <dd>
              <DateTime iso={clock.metAt} />
            </dd>
          </>
        )}
        {clock.breachedAt && (
          <>
            <dt>{t.breachedAt}</dt>
            <dd>
              <DateTime iso={clock.breachedAt} />
            </dd>
          </>
        )}
        {clock.warnedAt && (
          <>
            <dt>{t.warnedAt}</dt>
            <dd>
              <DateTime iso={clock.warnedAt} />
            </dd>
          </>
        )}
        {clock.breachNotifiedAt && (
          <>
            <dt>{t.escalatedAt}</dt>
            <dd>
              <DateTime iso={clock.breachNotifiedAt} />
            </dd>
          </>
        )}
      </dl>
      <details className={styles.slaHow}>
        <summary>{t.howComputed}</summary>
        <dl className={styles.slaFacts}>
          <dt>{t.calendar}</dt>
          <dd>{computation.calendar.name}</dd>
          <dt>{t.timeZone}</dt>
          <dd>{computation.calendar.timeZone ?? t.alwaysOpen}</dd>
          <dt>{t.banked}</dt>
          <dd>{duration(computation.bankedMs)}</dd>
          {computation.runningSince && (
            <>
              <dt>{t.runningSince}</dt>
              <dd>
                <DateTime iso={computation.runningSince} />
              </dd>
            </>
          )}
          <dt>{t.remaining}</dt>
          <dd>{duration(computation.remainingMs)}</dd>
        </dl>
        {computation.intervals.length === 0 ? (
          <p>{t.notRunning}</p>
        ) : (
          <>
            <p>
              {t.intervalsIntro}
              {computation.intervals.length >= 100 && ` ${t.intervalsMore}`}
            </p>
            <ol className={styles.slaIntervals} aria-label={t.intervalsLabel(names[clock.kind])}>
              {computation.intervals.map((interval) => (
                <li key={interval.start}>
                  <Interval start={interval.start} end={interval.end} />
                </li>
              ))}
            </ol>
          </>
        )}
      </details>
    </section>
  );
}

/** The ticket's SLA clocks: first response and resolution, each with its state, due time and how it was computed. */
export default function SlaPanel({number}: {number: string}): ReactNode {
  const t = useText(slaPanelText);
  const sla = useTicketSla(number);
  return (
    <section aria-labelledby="sla-heading" className={styles.panel}>
      <h2 id="sla-heading">{t.heading}</h2>
      {sla.isPending && <p role="status">{t.loading}</p>}
      {sla.isError && <ProblemNotice error={sla.error} onRetry={() => sla.refetch()} />}
      {sla.data && sla.data.clocks.length === 0 && <p>{t.none}</p>}
      {sla.data?.clocks.map((clock) => <ClockDetails key={clock.kind} clock={clock} />)}
    </section>
  );
}
