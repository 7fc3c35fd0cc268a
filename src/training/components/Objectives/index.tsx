import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {trainingText} from '../../text';
import styles from './styles.module.css';

/** The week's objectives: what a trainee can do at the end of it. */
export default function Objectives({children}: {children: ReactNode}): ReactNode {
  const t = useText(trainingText);
  return (
    <section className={styles.objectives} aria-labelledby="training-objectives">
      <h2 id="training-objectives" className={styles.heading}>
        {t.objectives}
      </h2>
      <p className={styles.lead}>{t.objectivesLead}</p>
      {children}
    </section>
  );
}
