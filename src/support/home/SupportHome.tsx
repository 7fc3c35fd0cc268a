import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {pick, useLocale, useText} from '@site/src/components/i18n';
import {useSupportSettings} from '../useSupportSettings';
import {ProblemNotice} from '../shell/ProblemNotice';
import {supportText} from '../text';
import {homeText} from './text';
import styles from './styles.module.css';

/** The three things a customer comes to do; static, so the page is useful even before the server answers. */
export function SupportActions(): ReactNode {
  const text = useText(homeText);
  return (
    <div className={styles.actions}>
      <section className={styles.card}>
        <h2>{text.fileTitle}</h2>
        <p>{text.fileBody}</p>
        <Link className="button button--primary" to="/support/new">
          {text.fileAction}
        </Link>
      </section>
      <section className={styles.card}>
        <h2>{text.trackTitle}</h2>
        <p>{text.trackBody}</p>
      </section>
      <section className={styles.card}>
        <h2>{text.mineTitle}</h2>
        <p>{text.mineBody}</p>
        <Link className="button button--secondary" to="/support/my-tickets">
          {text.mineAction}
        </Link>
      </section>
    </div>
  );
}

export function SelfHelp(): ReactNode {
  const text = useText(homeText);
  return (
    <section className={styles.section}>
      <h2>{text.selfHelpTitle}</h2>
      <ul>
        <li>
          <Link to="/support/search">{text.search}</Link>
        </li>
        <li>
          <Link to="/docs/faq">{text.faq}</Link>
        </li>
        <li>
          <Link to="/docs/user-guide">{text.userGuide}</Link>
        </li>
        <li>
          <Link to="/docs/operations">{text.operations}</Link>
        </li>
      </ul>
    </section>
  );
}

/** Channels and priorities come from the server's settings, so the page says what this installation offers. */
export function SupportChannels(): ReactNode {
  const text = useText(homeText);
  const locale = useLocale();
  const shared = useText(supportText);
  const settings = useSupportSettings();
  if (settings.isPending) return <p role="status">{shared.loading}</p>;
  if (settings.isError) return <ProblemNotice error={settings.error} onRetry={() => settings.refetch()} />;
  const {channels, priorities, timeZone} = settings.data;
  const tel = (phone: string) => <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>;
  // Only what this installation offers is listed; the hours hold whether or not a hotline is configured.
  const rows: {name: string; value: ReactNode; hours: string}[] = [
    {name: text.tickets, value: <Link to="/support/new">{text.fileAction}</Link>, hours: text.ticketsHours},
    ...(channels.hotline.phone ? [{name: text.hotline, value: tel(channels.hotline.phone), hours: text.hotlineHours(channels.hotline.start, channels.hotline.end)}] : []),
    ...(channels.emergency.phone ? [{name: text.emergency, value: tel(channels.emergency.phone), hours: text.emergencyHours}] : []),
    ...(channels.email ? [{name: text.email, value: <a href={`mailto:${channels.email}`}>{channels.email}</a>, hours: text.emailHours}] : []),
    ...(channels.forumUrl ? [{name: text.forum, value: <a href={channels.forumUrl}>{new URL(channels.forumUrl).host}</a>, hours: ''}] : []),
    ...(channels.remoteAssistUrl ? [{name: text.remoteAssist, value: <a href={channels.remoteAssistUrl}>{new URL(channels.remoteAssistUrl).host}</a>, hours: text.remoteAssistHours}] : []),
  ];
  return (
    <>
      <section>
        <h2>{text.channelsTitle}</h2>
        <p className={styles.hours}>
          <strong>{text.hoursLabel}</strong> {text.hoursValue(channels.hotline.start, channels.hotline.end)}
        </p>
        <dl className={styles.channels}>
          {rows.map((row) => (
            <div key={row.name} className={styles.channel}>
              <dt>{row.name}</dt>
              <dd>
                <span className={styles.channelValue}>{row.value}</span>
                {row.hours && <span className={styles.channelHours}>{row.hours}</span>}
              </dd>
            </div>
          ))}
        </dl>
        <p className={styles.zone}>{text.channelsZone(timeZone)}</p>
      </section>
      <section className={styles.section}>
        <h2>{text.prioritiesTitle}</h2>
        <p>{text.prioritiesIntro}</p>
        <div className={styles.priorities}>
          {priorities.map((priority) => (
            <section key={priority.id} className={styles.priority} aria-labelledby={`priority-${priority.id}`}>
              <h3 id={`priority-${priority.id}`}>
                {pick(priority.name, locale)}
              </h3>
              <p>{pick(priority.meaning, locale)}</p>
              <p className={styles.example}>
                <strong>{text.exampleLabel}</strong>{' '}
                {pick(priority.example, locale)}
              </p>
              <p className={styles.clock}>
                <strong>{text.clockLabel}</strong>{' '}
                {priority.clock === 'around-the-clock' ? text.aroundTheClock : text.supportHours}
              </p>
            </section>
          ))}
        </div>
      </section>
    </>
  );
}
