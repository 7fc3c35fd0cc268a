import {useState, type ReactNode} from 'react';
import {useQuery} from '@tanstack/react-query';
import {useHistory, useLocation} from '@docusaurus/router';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {searchReportText} from './searchReportText';
import styles from './styles.module.css';

type Source = 'site' | 'console' | 'portal';
type Row = Answer<'getSearchReport'>['top'][number];
const sources: Source[] = ['site', 'portal', 'console'];
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The period and source live in the URL (a report is worth sharing); the default is the last 30 days. */
function usePeriod() {
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(location.search);
  const today = new Date();
  const period = {
    from: params.get('from') ?? day(new Date(today.getTime() - 29 * 86_400_000)),
    to: params.get('to') ?? day(today),
    source: (sources as string[]).includes(params.get('source') ?? '') ? (params.get('source') as Source) : undefined,
  };
  const choose = (next: typeof period) => {
    const search = new URLSearchParams({section: 'search', from: next.from, to: next.to, ...(next.source ? {source: next.source} : {})});
    history.replace({pathname: location.pathname, search: `?${search}`});
  };
  return [period, choose] as const;
}

/** What customers search for and do not find, for a period: totals, zero-result queries first, then the top queries. */
export default function SearchReport(): ReactNode {
  const t = useText(searchReportText);
  const shared = useText(supportText);
  const [period, choose] = usePeriod();
  const [form, setForm] = useState(period);
  const [errors, setErrors] = useState<{from?: string; to?: string}>({});
  const report = useQuery({
    queryKey: ['admin-search-report', period],
    queryFn: () => call(api.GET('/admin/search-report', {params: {query: {from: period.from, to: period.to, ...(period.source ? {source: period.source} : {})}}})),
    retry: false,
  });
  // The server names the field it refuses; its message goes beside that date field, in the reader's language.
  const serverErrors = report.error instanceof ApiError && report.error.code === 'validation_failed' ? report.error.errors : [];
  const fieldError = (field: 'from' | 'to') => errors[field] ?? (serverErrors.some((e) => e.field.split('.').at(-1) === field) ? t.badDate : undefined);
  const otherFailure = report.isError && serverErrors.length === 0;

  const submit = () => {
    const next: typeof errors = {};
    if (!isDate(form.from)) next.from = t.badDate;
    if (!isDate(form.to)) next.to = t.badDate;
    if (!next.from && !next.to && form.to < form.from) next.to = t.toBeforeFrom;
    setErrors(next);
    if (!next.from && !next.to) choose(form);
  };

  return (
    <>
      <p>{t.intro}</p>
      <form
        className={styles.reportForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}>
        <FormField id="report-from" label={t.from} error={fieldError('from')}>
          {(control) => <input {...control} type="date" className="app-control" value={form.from} onChange={(event) => setForm({...form, from: event.target.value})} />}
        </FormField>
        <FormField id="report-to" label={t.to} error={fieldError('to')}>
          {(control) => <input {...control} type="date" className="app-control" value={form.to} onChange={(event) => setForm({...form, to: event.target.value})} />}
        </FormField>
        <FormField id="report-source" label={t.source}>
          {(control) => (
            <select {...control} className="app-control" value={form.source ?? ''} onChange={(event) => setForm({...form, source: (event.target.value || undefined) as Source | undefined})}>
              <option value="">{t.allSources}</option>
              {sources.map((source) => (
                <option key={source} value={source}>
                  {t[source]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div>
          <button type="submit" className="button button--primary">
            {t.show}
          </button>
        </div>
      </form>
      {report.isPending && <p role="status">{shared.loading}</p>}
      {otherFailure && <ProblemNotice error={report.error} onRetry={() => report.refetch()} />}
      {report.data && (
        <>
          <h3>
            {t.totals} <span className={styles.period}>({t.period(report.data.from, report.data.to)})</span>
          </h3>
          <dl className={styles.totals}>
            {(['searches', 'zeroResults', 'clicks', 'deflections'] as const).map((key) => (
              <div key={key}>
                <dt>{t[key]}</dt>
                <dd>{report.data.totals[key]}</dd>
              </div>
            ))}
          </dl>
          <QueryTable title={t.notFound} empty={t.notFoundNone} rows={report.data.notFound} />
          <QueryTable title={t.top} empty={t.topNone} rows={report.data.top} />
        </>
      )}
    </>
  );
}

function QueryTable({title, empty, rows}: {title: string; empty: string; rows: Row[]}): ReactNode {
  const t = useText(searchReportText);
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={title}>
          <table className={styles.table}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.query}</th>
                <th scope="col">{t.language}</th>
                <th scope="col">{t.searches}</th>
                <th scope="col">{t.zeroResults}</th>
                <th scope="col">{t.clicks}</th>
                <th scope="col">{t.deflections}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.locale}:${row.query}`}>
                  <th scope="row">{row.query}</th>
                  <td>{row.locale}</td>
                  <td>{row.searches}</td>
                  <td>{row.zeroResults}</td>
                  <td>{row.clicks}</td>
                  <td>{row.deflections}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
