import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Answer} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {ticketPath} from '../queue/QueuePage';
import {trainingText} from './text';
import styles from './styles.module.css';

type ItemState = Answer<'getTraineeProgress'>['items'][number];

/** What the check recorded when the trainee completed an item: the ticket they filed, the value they read, the drill. */
export default function Evidence({state}: {state: ItemState}): ReactNode {
  const t = useText(trainingText);
  const evidence = state.evidence ?? {};
  const parts: ReactNode[] = [];
  if (typeof evidence.ticket === 'string') {
    parts.push(
      <span key="ticket">
        {t.ticket} <Link to={ticketPath(evidence.ticket)}>{evidence.ticket}</Link>
        {typeof evidence.priority === 'string' && ` (${evidence.priority})`}
      </span>,
    );
  }
  if (typeof evidence.answer === 'string') parts.push(<span key="answer">{`${t.answer}: ${evidence.answer}`}</span>);
  if (typeof evidence.rtoSeconds === 'number') parts.push(<span key="rto">{t.rto(evidence.rtoSeconds, typeof evidence.tickets === 'number' ? evidence.tickets : 0)}</span>);
  if (state.score !== null) parts.push(<span key="score">{t.score(Math.round(state.score * 100))}</span>);
  if (parts.length === 0) return null;
  return <div className={styles.evidence}>{parts}</div>;
}
