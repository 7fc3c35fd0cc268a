import {useState, type ReactNode} from 'react';
import {useInfiniteQuery, useMutation, useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {adminText} from './text';
import styles from './styles.module.css';

type Status = 'pending' | 'sending' | 'sent' | 'dead';
const statuses: Status[] = ['dead', 'pending', 'sending', 'sent'];

/** Outgoing mail by status, dead letters first, each with its last error and a resend for the dead. */
export default function OutboxAdmin(): ReactNode {
  const t = useText(adminText);
  const shared = useText(supportText);
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status | ''>('dead');
  const pages = useInfiniteQuery({
    queryKey: ['admin-outbox', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({pageParam}) => call(api.GET('/admin/outbox', {params: {query: {...(status ? {status} : {}), ...(pageParam ? {cursor: pageParam} : {})}}})),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const resend = useMutation({
    mutationFn: (id: string) => call(api.POST('/admin/outbox/{id}/resend', {params: {path: {id}}})),
    onSuccess: () => void client.invalidateQueries({queryKey: ['admin-outbox']}),
  });
  const counts = pages.data?.pages[0]?.counts;
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const label: Record<Status, string> = {pending: t.pending, sending: t.sending, sent: t.sent, dead: t.dead};
  return (
    <>
      <div className={styles.filters} role="group" aria-label={t.status}>
        {(['', ...statuses] as const).map((value) => (
          <button key={value || 'all'} type="button" className="button button--sm button--secondary" aria-pressed={status === value} onClick={() => setStatus(value)}>
            {value ? label[value] : t.all}
            {value && counts ? ` (${counts[value]})` : ''}
          </button>
        ))}
      </div>
      <div role="status">
        {resend.isSuccess && <p className="alert alert--success">{t.resent}</p>}
        {resend.isError && <p className="alert alert--danger">{problemMessage(resend.error)}</p>}
      </div>
      {pages.isError && <ProblemNotice error={pages.error} onRetry={() => pages.refetch()} />}
      {pages.isPending && <p role="status">{shared.loading}</p>}
      {pages.data && items.length === 0 && <p>{t.none}</p>}
      {items.length > 0 && (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t.outboxTab}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t.createdAt}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.recipient}</th>
                <th scope="col">{t.ticket}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.attempts}</th>
                <th scope="col">{t.lastError}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <DateTime iso={item.createdAt} />
                  </td>
                  <td>
                    <code>{item.kind}</code>
                  </td>
                  <td>{item.recipient}</td>
                  <td>{item.ticketNumber ?? '—'}</td>
                  <td>{label[item.status as Status] ?? item.status}</td>
                  <td>{item.attempts}</td>
                  <td className={styles.error}>{item.lastError ?? '—'}</td>
                  <td>
                    {item.status === 'dead' && (
                      <button type="button" className="button button--sm button--primary" disabled={resend.isPending} onClick={() => resend.mutate(item.id)}>
                        {t.resend(item.recipient)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages.hasNextPage && (
        <button type="button" className="button button--sm button--secondary margin-top--sm" onClick={() => void pages.fetchNextPage()}>
          {t.more}
        </button>
      )}
    </>
  );
}
