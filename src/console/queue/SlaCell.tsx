import type {ReactNode} from 'react';
import DateTime from '@site/src/components/DateTime';
import RelativeTime from '@site/src/components/DateTime/RelativeTime';
import {useText} from '@site/src/components/i18n';
import type {Answer} from '@site/src/api/types';
import SlaBadge from '../sla/SlaBadge';
import {slaText} from '../sla/text';
import styles from './styles.module.css';

type QueueSla = Answer<'listTickets'>['items'][number]['sla'];

/** A queue row's SLA: which clock, its state, and when it falls due (relative, then exact, in the viewer's zone). */
export default function SlaCell({sla}: {sla: QueueSla}): ReactNode {
  const t = useText(slaText);
  if (!sla) return <span className={styles.muted}>—</span>;
  const running = sla.state === 'on_track' || sla.state === 'at_risk' || sla.state === 'breached';
  return (
    <div className={styles.sla}>
      <span>
        <SlaBadge state={sla.state} clock={sla.clock} /> <span className={styles.muted}>{t[sla.clock]}</span>
      </span>
      {running && sla.dueAt && (
        <span className={styles.due}>
          {t.due} <RelativeTime iso={sla.dueAt} />
          <br />
          <span className={styles.muted}>
            <DateTime iso={sla.dueAt} />
          </span>
        </span>
      )}
    </div>
  );
}
