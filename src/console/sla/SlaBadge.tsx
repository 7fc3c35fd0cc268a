import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {slaText, type SlaClockKind, type SlaState} from './text';
import styles from './styles.module.css';

/** A symbol beside the word, so the state reads without colour (and without reading the word, at a glance). */
const symbols: Record<SlaState, string> = {on_track: '●', at_risk: '▲', breached: '✕', met: '✓', paused: 'Ⅱ'};

/** An SLA state in words, a symbol and a colour; `clock` names which clock, for screen readers and the tooltip. */
export default function SlaBadge({state, clock}: {state: SlaState; clock?: SlaClockKind}): ReactNode {
  const t = useText(slaText);
  return (
    <span className={`${styles.badge} ${styles[state]}`} title={clock ? t.badgeLabel(t[clock], t[state]) : undefined}>
      <span aria-hidden="true">{symbols[state]}</span> {t[state]}
    </span>
  );
}

/** Business milliseconds as hours and minutes ("1 小时 30 分钟", "1 h 30 min"). */
export function useBusinessDuration(): (ms: number) => string {
  const t = useText(slaText);
  return (ms) => {
    const total = Math.max(0, Math.round(ms / 60_000));
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    if (hours === 0) return t.minutes(minutes);
    return minutes === 0 ? t.hours(hours) : `${t.hours(hours)} ${t.minutes(minutes)}`;
  };
}
