import type {ReactNode} from 'react';
import {api} from '@site/src/api/client';
import CsvDownload from '@site/src/components/CsvDownload';
import {useLocale, useText, pick} from '@site/src/components/i18n';
import {useSupportSettings} from '@site/src/support/useSupportSettings';
import adminStyles from '../styles.module.css';
import type {Report} from './SlaReport';
import {slaText} from './text';
import styles from './styles.module.css';

type Row = Report['rows'][number];

/** The table is the accessible source; the chart repeats its compliance column as bars, summarised in its label. */
export default function ReportTable({report}: {report: Report}): ReactNode {
  const t = useText(slaText);
  const locale = useLocale();
  const settings = useSupportSettings();
  const percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 1});
  const number = new Intl.NumberFormat(locale, {maximumFractionDigits: 2});
  const targetName = (row: Row) => (row.target === 'first_response' ? t.first_response : t.resolution_target);
  const valueName = (row: Row) => {
    if (row.value === null) return t.unassigned;
    const category = report.by === 'category' ? settings.data?.categories.find((c) => c.id === row.value) : undefined;
    return category ? pick(category.name, locale) : row.value;
  };
  const share = (value: number | null) => (value === null ? t.noneEnded : percent.format(value));
  const hours = (value: number | null) => (value === null ? t.none : number.format(value));
  const rowName = (row: Row) => `${valueName(row)} · ${targetName(row)}`;
  const summary = report.rows.map((row) => `${rowName(row)} ${share(row.compliance)}`).join('; ');
  const totals = (['first_response', 'resolution'] as const).map((target) => ({target, ...report.totals[target]}));

  return (
    <>
      <h4>{t.chartTitle}</h4>
      <div className={styles.chart} role="img" aria-label={t.chartLabel(summary)}>
        {report.rows.map((row) => (
          <ChartBar key={`${row.value}:${row.target}`} label={rowName(row)} value={row.compliance} text={row.compliance === null ? t.none : share(row.compliance)} />
        ))}
      </div>
      <h4>{t.tableTitle}</h4>
      <div className={adminStyles.tableWrap} tabIndex={0} role="region" aria-label={t.tableTitle}>
        <table className={`${adminStyles.table} ${styles.numbers} ${styles.reportTable}`}>
          <thead>
            <tr>
              <th scope="col">{report.by === 'priority' ? t.byPriority : report.by === 'category' ? t.byCategory : t.byAgent}</th>
              <th scope="col">{t.target}</th>
              <th scope="col">{t.met}</th>
              <th scope="col">{t.breached}</th>
              <th scope="col">{t.openClocks}</th>
              <th scope="col">{t.compliance}</th>
              <th scope="col">{t.median}</th>
              <th scope="col">{t.p90}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={`${row.value}:${row.target}`}>
                <th scope="row">{valueName(row)}</th>
                <td>{targetName(row)}</td>
                <td>{row.met}</td>
                <td>{row.breached}</td>
                <td>{row.open}</td>
                <td>{share(row.compliance)}</td>
                <td>{hours(row.medianHours)}</td>
                <td>{hours(row.p90Hours)}</td>
              </tr>
            ))}
            {totals.map((total) => (
              <tr key={total.target}>
                <th scope="row">{t.total}</th>
                <td>{total.target === 'first_response' ? t.first_response : t.resolution_target}</td>
                <td>{total.met}</td>
                <td>{total.breached}</td>
                <td>{total.open}</td>
                <td>{share(total.compliance)}</td>
                <td>{t.none}</td>
                <td>{t.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ChartBar({label, value, text}: {label: string; value: number | null; text: string}): ReactNode {
  return (
    <>
      <span className={styles.chartLabel}>{label}</span>
      <span className={styles.track}>
        <span className={`${styles.bar} ${value !== null && value < 0.8 ? styles.barLow : ''}`} style={{width: `${Math.round((value ?? 0) * 100)}%`, display: 'block'}} />
      </span>
      <span className={styles.chartValue}>{text}</span>
    </>
  );
}

/** The CSV of the same period, in the page's language. */
export function CsvLink({period}: {period: {from: string; to: string; by: string}}): ReactNode {
  const t = useText(slaText);
  const query = {from: period.from, to: period.to, by: period.by as 'priority' | 'category' | 'agent'};
  return (
    <CsvDownload
      href={`/api/v1/admin/sla/report.csv?${new URLSearchParams(query)}`}
      fileName={`sla-${query.by}-${query.from}-${query.to}.csv`}
      label={t.downloadCsv}
      failedText={t.downloadFailed}
      fetchFile={() => api.GET('/admin/sla/report.csv', {params: {query}, parseAs: 'blob'})}
    />
  );
}
