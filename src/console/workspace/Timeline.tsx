import type {ReactNode} from 'react';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import {workspaceText} from './text';
import type {StaffTicket} from './useTicket';
import styles from './styles.module.css';

const shown = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  if (typeof value === 'object') return String((value as {name?: unknown}).name ?? JSON.stringify(value));
  return String(value);
};

/** Every recorded step, who took it and what changed (the audit trail the API keeps). */
export default function Timeline({events}: {events: StaffTicket['events']}): ReactNode {
  const t = useText(workspaceText);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.timeline}</h2>
      <ol className={styles.timeline}>
        {events.map((event, index) => {
          const actor = event.actor.type === 'system' ? t.system : event.actor.type === 'customer' ? t.customerActor : (event.actor.name ?? t.staff);
          const field = event.after ? Object.keys(event.after).find((key) => !['messageId', 'visibility', 'attachmentId'].includes(key)) : undefined;
          return (
            <li key={`${event.at}-${index}`}>
              <DateTime iso={event.at} /> · <code>{event.type}</code> · {t.by(actor)}
              {field && event.before && event.after && (
                <span className={styles.muted}>
                  {' '}
                  ({field}: {shown(event.before[field])} → {shown(event.after[field])})
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
