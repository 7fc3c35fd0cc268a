import {useState, type ReactNode} from 'react';
import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import adminStyles from '../styles.module.css';
import {dateOf} from './parse';
import ReportTable, {CsvLink} from './ReportTable';
import {slaText} from './text';
import {useSlaUrl} from './url';

type By = 'priority' | 'category' | 'agent';
export type Report = Answer<'getSlaReport'>;
const groupings: By[] = ['priority', 'category', 'agent'];
const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The last full month in the reader's calendar: a month is what compliance is usually reported over. */
function lastFullMonth() {
  const today = new Date();
  return {from: localDay(new Date(today.getFullYear(), today.getMonth() - 1, 1)), to: localDay(new Date(today.getFullYear(), today.getMonth(), 0))};
}

/** SLA compliance over a period (in the URL, worth sharing), per priority, category or agent: a table, a chart and the CSV. */
export default function SlaReport(): ReactNode {
  const t = useText(slaText);
  const shared = useText(supportText);
  const {params, go} = useSlaUrl();
  const fallback = lastFullMonth();
  const by = (groupings as string[]).includes(params.get('by') ?? '') ? (params.get('by') as By) : 'priority';
  const period = {from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to, by};
  const [form, setForm] = useState(period);
  const [errors, setErrors] = useState<{from?: string; to?: string}>({});
  const report = useQuery({
    queryKey: ['admin-sla-report', period],
    queryFn: () => call(api.GET('/admin/sla/report', {params: {query: period}})),
    retry: false,
  });
  const serverErrors = report.error instanceof ApiError && report.error.code === 'validation_failed' ? report.error.errors : [];
  // The server's refusal of a date, by its code, beside that date field in the reader's language.
  const refusal = {period_too_long: t.tooLong, after_to: t.toBeforeFrom} as Record<string, string>;
  const fieldError = (field: 'from' | 'to') => {
    const server = serverErrors.find((e) => e.field === field);
    return errors[field] ?? (server ? (refusal[server.code] ?? t.badDate) : undefined);
  };

  const submit = () => {
    const next: typeof errors = {};
    if (!dateOf(form.from)) next.from = t.badDate;
    if (!dateOf(form.to)) next.to = t.badDate;
    if (!next.from && !next.to && form.to < form.from) next.to = t.toBeforeFrom;
    setErrors(next);
    if (!next.from && !next.to) go({view: 'report', ...form});
  };

  return (
    <>
      <p>{t.reportIntro}</p>
      <form
        className={adminStyles.reportForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}>
        <FormField id="sla-report-from" label={t.from} error={fieldError('from')}>
          {(control) => <input {...control} type="date" className="app-control" value={form.from} onChange={(event) => setForm({...form, from: event.target.value})} />}
        </FormField>
        <FormField id="sla-report-to" label={t.to} error={fieldError('to')}>
          {(control) => <input {...control} type="date" className="app-control" value={form.to} onChange={(event) => setForm({...form, to: event.target.value})} />}
        </FormField>
        <FormField id="sla-report-by" label={t.by}>
          {(control) => (
            <select {...control} className="app-control" value={form.by} onChange={(event) => setForm({...form, by: event.target.value as By})}>
              <option value="priority">{t.byPriority}</option>
              <option value="category">{t.byCategory}</option>
              <option value="agent">{t.byAgent}</option>
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
      {report.isError && serverErrors.length === 0 && <ProblemNotice error={report.error} onRetry={() => report.refetch()} />}
      {report.data && (
        <>
          <p>
            <strong>{t.periodIn(report.data.from, report.data.to, report.data.timeZone)}</strong>
          </p>
          {report.data.rows.length === 0 ? <p className="alert alert--info">{t.empty}</p> : <ReportTable report={report.data} />}
          <CsvLink period={period} />
        </>
      )}
    </>
  );
}
