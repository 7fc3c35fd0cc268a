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

const slaEvents = ['sla_started', 'sla_paused', 'sla_resumed', 'sla_met', 'sla_at_risk', 'sla_breached', 'sla_escalated', 'sla_recomputed', 'sla_attention'] as const;
type SlaEvent = (typeof slaEvents)[number];
const isSlaEvent = (type: string): type is SlaEvent => (slaEvents as readonly string[]).includes(type);

/** Every recorded step, who took it and what changed (the audit trail the API keeps). */
export default function Timeline({events}: {events: StaffTicket['events']}): ReactNode {
  const t = useText(workspaceText);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.timeline}</h2>
      <ol className={styles.timeline}>
        {events.map((event, index) => {
          const actor = event.actor.type === 'system' ? t.system : event.actor.type === 'customer' ? t.customerActor : (event.actor.name ?? t.staff);
          if (isSlaEvent(event.type)) {
            const kind = event.after?.kind === 'first_response' ? t.slaFirstResponse : t.slaResolution;
            const due = typeof event.after?.dueAt === 'string' ? event.after.dueAt : null;
            return (
              <li key={`${event.at}-${index}`}>
                <DateTime iso={event.at} /> · {t[event.type](kind)}
                {due && (
                  <span className={styles.muted}>
                    {' '}
                    ({t.slaDue} <DateTime iso={due} />)
                  </span>
                )}
              </li>
            );
          }
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
