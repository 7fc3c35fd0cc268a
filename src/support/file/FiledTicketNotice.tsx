import {useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {FiledTicket} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {fileText} from './text';
import styles from './styles.module.css';

/** The answer to a filing: the number, the tracking link shown this once, and what happens next. */
export default function FiledTicketNotice({ticket, priority, onFileAnother}: {ticket: FiledTicket; priority: string; onFileAnother: () => void}): ReactNode {
  const t = useText(fileText);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);
  const trackingPath = ticket.trackingUrl.replace(/^https?:\/\/[^/]+/, '');

  return (
    <section aria-labelledby="filed-heading" className="margin-top--md">
      <h2 id="filed-heading" ref={heading} tabIndex={-1}>
        {t.filedTitle(ticket.number)}
      </h2>
      <p>{t.filedIntro}</p>
      <label htmlFor="tracking-link" className={styles.legendLabel}>
        {t.trackingLink}
      </label>
      <div className={styles.linkRow}>
        <input id="tracking-link" className="app-control" readOnly value={ticket.trackingUrl} aria-describedby="tracking-link-hint" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            navigator.clipboard.writeText(ticket.trackingUrl).then(
              () => setCopy('copied'),
              () => setCopy('failed'),
            )
          }>
          {copy === 'copied' ? t.copied : t.copy}
        </button>
      </div>
      <p id="tracking-link-hint" className={styles.note}>
        {t.trackingHint}
      </p>
      <p role="status">{copy === 'failed' ? t.copyFailed : ''}</p>
      <p>
        <a className="button button--primary" href={trackingPath}>
          {t.openTracking}
        </a>
      </p>
      <h3>{t.nextTitle}</h3>
      <ul>
        <li>{t.nextAck}</li>
        <li>{priority === 'P1' ? t.nextP1 : t.nextOther}</li>
        <li>{t.nextReply}</li>
      </ul>
      <p>
        <Link
          to="/support/new"
          onClick={(event) => {
            event.preventDefault();
            onFileAnother();
          }}>
          {t.fileAnother}
        </Link>
      </p>
    </section>
  );
}
