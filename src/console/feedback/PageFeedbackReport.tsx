import {useState, type ReactNode} from 'react';
import {useMutation, useQuery, useQueryClient} from '@tanstack/react-query';
import {useHistory, useLocation} from '@docusaurus/router';
import Link from '@docusaurus/Link';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import CsvDownload from '@site/src/components/CsvDownload';
import {formatDateTime} from '@site/src/components/DateTime';
import FormField from '@site/src/components/FormField';
import {useLocale, useText} from '@site/src/components/i18n';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {statusName} from '@site/src/support/status';
import {supportText} from '@site/src/support/text';
import adminStyles from '../admin/styles.module.css';
import {ticketPath} from '../queue/QueuePage';
import {useSession} from '../session/useSession';
import {pageFeedbackText} from './text';
import styles from './styles.module.css';

type Report = Answer<'getPageFeedbackReport'>;
type Row = Report['pages'][number];
type PageLocale = 'zh-Hans' | 'en';
type Sort = 'least_helpful' | 'most_votes';
type Period = {from: string; to: string; locale?: PageLocale; sort: Sort};
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The period, language and order live in the URL (a report is worth sharing); the default is the last 30 days, least helpful first. */
function usePeriod() {
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(location.search);
  const today = new Date();
  const locale = params.get('locale');
  const period: Period = {
    from: params.get('from') ?? day(new Date(today.getTime() - 29 * 86_400_000)),
    to: params.get('to') ?? day(today),
    ...(locale === 'zh-Hans' || locale === 'en' ? {locale} : {}),
    sort: params.get('sort') === 'most_votes' ? 'most_votes' : 'least_helpful',
  };
  const choose = (next: Period) => {
    const search = new URLSearchParams({from: next.from, to: next.to, ...(next.locale ? {locale: next.locale} : {}), sort: next.sort});
    history.replace({pathname: location.pathname, search: `?${search}`});
  };
  return [period, choose] as const;
}

/** For editors (every staff member): how helpful each docs page is, what readers wrote, and the tickets asked from it. */
export default function PageFeedbackReport(): ReactNode {
  const t = useText(pageFeedbackText);
  const shared = useText(supportText);
  const [period, choose] = usePeriod();
  const [form, setForm] = useState(period);
  const [errors, setErrors] = useState<{from?: string; to?: string}>({});
  const query = {from: period.from, to: period.to, sort: period.sort, ...(period.locale ? {locale: period.locale} : {})};
  const report = useQuery({
    queryKey: ['page-feedback-report', query],
    queryFn: () => call(api.GET('/page-feedback/report', {params: {query}})),
    retry: false,
  });
  const serverErrors = report.error instanceof ApiError && report.error.code === 'validation_failed' ? report.error.errors : [];
  // The server's refusal of a date, by its code, beside that field in the reader's language.
  const refusal: Record<string, string> = {period_too_long: t.tooLong, after_to: t.toBeforeFrom};
  const fieldError = (field: 'from' | 'to') => {
    const server = serverErrors.find((e) => e.field === field);
    return errors[field] ?? (server ? (refusal[server.code] ?? t.badDate) : undefined);
  };

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
        className={adminStyles.reportForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}>
        <FormField id="feedback-from" label={t.from} error={fieldError('from')}>
          {(control) => <input {...control} type="date" className="app-control" value={form.from} onChange={(event) => setForm({...form, from: event.target.value})} />}
        </FormField>
        <FormField id="feedback-to" label={t.to} error={fieldError('to')}>
          {(control) => <input {...control} type="date" className="app-control" value={form.to} onChange={(event) => setForm({...form, to: event.target.value})} />}
        </FormField>
        <FormField id="feedback-locale" label={t.locale}>
          {(control) => (
            <select {...control} className="app-control" value={form.locale ?? ''} onChange={(event) => setForm({...form, locale: (event.target.value || undefined) as PageLocale | undefined})}>
              <option value="">{t.allLocales}</option>
              <option value="zh-Hans">{t.zhHans}</option>
              <option value="en">{t.en}</option>
            </select>
          )}
        </FormField>
        <FormField id="feedback-sort" label={t.sort}>
          {(control) => (
            <select {...control} className="app-control" value={form.sort} onChange={(event) => setForm({...form, sort: event.target.value as Sort})}>
              <option value="least_helpful">{t.leastHelpful}</option>
              <option value="most_votes">{t.mostVotes}</option>
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
          <h2>
            {t.totals} <span className={adminStyles.period}>({t.period(report.data.from, report.data.to)})</span>
          </h2>
          <dl className={adminStyles.totals}>
            {(['pages', 'yes', 'no', 'comments'] as const).map((key) => (
              <div key={key}>
                <dt>{t[key]}</dt>
                <dd>{report.data.totals[key]}</dd>
              </div>
            ))}
          </dl>
          <CsvDownload
            href={`/api/v1/page-feedback/report.csv?${new URLSearchParams(query)}`}
            fileName={`page-feedback-${query.from}-${query.to}.csv`}
            label={t.downloadCsv}
            failedText={t.downloadFailed}
            fetchFile={() => api.GET('/page-feedback/report.csv', {params: {query}, parseAs: 'blob'})}
          />
          <h2>{t.pages}</h2>
          {report.data.pages.length === 0 ? (
            <p className="alert alert--info">{t.empty}</p>
          ) : (
            <ol className={styles.pages}>
              {report.data.pages.map((row) => (
                <PageRow key={row.page} row={row} />
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}

function PageRow({row}: {row: Row}): ReactNode {
  const t = useText(pageFeedbackText);
  const shared = useText(supportText);
  const locale = useLocale();
  const percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0});
  const headingId = `feedback-${row.page.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <li className={styles.page} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.pageTitle}>
        {/* The page's own address, in its own language: a plain link, not prefixed with the console's locale. */}
        <a href={row.page}>{row.title}</a>
      </h3>
      <p className={styles.meta}>
        <code>{row.page}</code> · {t.pageMeta(row.locale, row.docId, row.version ?? '')}
      </p>
      <dl className={styles.counts}>
        <div>
          <dt>{t.yes}</dt>
          <dd>{row.yes}</dd>
        </div>
        <div>
          <dt>{t.no}</dt>
          <dd>{row.no}</dd>
        </div>
        <div>
          <dt>{t.share}</dt>
          <dd>{percent.format(row.ratio)}</dd>
        </div>
        <div>
          <dt>{t.comments}</dt>
          <dd>{row.comments}</dd>
        </div>
        <div>
          <dt>{t.tickets}</dt>
          <dd>{row.ticketCount}</dd>
        </div>
      </dl>
      <div className={styles.columns}>
        <section aria-labelledby={`${headingId}-comments`}>
          <h4 id={`${headingId}-comments`}>{t.latestComments}</h4>
          {row.latestComments.length === 0 ? (
            <p className={styles.none}>{t.noComments}</p>
          ) : (
            <ul className={styles.list}>
              {row.latestComments.map((comment) => (
                <Comment key={comment.id} comment={comment} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${headingId}-tickets`}>
          <h4 id={`${headingId}-tickets`}>{t.linkedTickets(row.ticketCount)}</h4>
          {row.tickets.length === 0 ? (
            <p className={styles.none}>{t.noTickets}</p>
          ) : (
            <ul className={styles.list}>
              {row.tickets.map((ticket) => (
                <li key={ticket.number}>
                  <Link to={ticketPath(ticket.number)}>
                    {ticket.number} {ticket.subject}
                  </Link>{' '}
                  <span className={styles.none}>
                    · {statusName(ticket.status as Parameters<typeof statusName>[0], shared)} · <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt, locale)}</time>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {row.ticketCount > row.tickets.length && <p className={styles.none}>{t.moreTickets(row.ticketCount - row.tickets.length)}</p>}
        </section>
      </div>
    </li>
  );
}

function Comment({comment}: {comment: Row['latestComments'][number]}): ReactNode {
  const t = useText(pageFeedbackText);
  const locale = useLocale();
  const {user} = useSession();
  const client = useQueryClient();
  const problemMessage = useProblemMessage();
  const at = formatDateTime(comment.at, locale);
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/page-feedback/{id}/comment', {params: {path: {id: comment.id}}})),
    onSuccess: () => client.invalidateQueries({queryKey: ['page-feedback-report']}),
  });
  return (
    <li className={styles.comment}>
      <p className={styles.commentHead}>
        <span className={comment.helpful ? styles.yes : styles.no}>{comment.helpful ? t.saidYes : t.saidNo}</span> · <time dateTime={comment.at}>{at}</time>
      </p>
      <p className={styles.commentText}>{comment.comment}</p>
      {/* Administrators remove abusive comments; the API refuses agents as well. */}
      {user.role === 'admin' && (
        <button
          type="button"
          className="button button--sm button--secondary"
          aria-label={t.removeCommentOf(at)}
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t.confirmRemove)) remove.mutate();
          }}>
          {t.removeComment}
        </button>
      )}
      {remove.isError && (
        <p className="alert alert--danger" role="alert">
          {problemMessage(remove.error)}
        </p>
      )}
    </li>
  );
}
