import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {trainingText} from '../../text';
import styles from './styles.module.css';

/** The result an exercise should produce, so a trainee can tell on their own whether they got there. */
export default function Expected({children}: {children: ReactNode}): ReactNode {
  const t = useText(trainingText);
  return (
    <div className={styles.expected}>
      <p className={styles.label}>{t.expected}</p>
      {children}
    </div>
  );
}
