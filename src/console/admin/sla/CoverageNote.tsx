import type {ReactNode} from 'react';
import type {Answer} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {slaText} from './text';
import styles from './styles.module.css';

type Coverage = Answer<'listSlaCalendars'>['items'][number]['coverage'];

/** The coverage as the server judges it: a warning from 60 days before the last covered day, and after it. */
export default function CoverageNote({coverage}: {coverage: Coverage}): ReactNode {
  const t = useText(slaText);
  if (!coverage.from || !coverage.until) return t.unlimited;
  const daysLeft = coverage.daysLeft ?? 0;
  return (
    <>
      {t.coverageRange(coverage.from, coverage.until)}
      {coverage.warn && (
        <p className={`alert alert--warning ${styles.warning}`}>
          <strong>{t.warning}: </strong>
          {daysLeft > 0 ? t.endsIn(daysLeft, coverage.until) : t.ended(-daysLeft, coverage.until)}
        </p>
      )}
    </>
  );
}
