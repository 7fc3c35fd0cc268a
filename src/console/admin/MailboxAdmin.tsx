import {useState, type ReactNode} from 'react';
import {useInfiniteQuery, useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {adminText} from './text';
import styles from './styles.module.css';

function Message({id, onClose}: {id: string; onClose: () => void}): ReactNode {
  const t = useText(adminText);
  const shared = useText(supportText);
  const message = useQuery({queryKey: ['admin-mailbox', id], queryFn: () => call(api.GET('/admin/mailbox/{id}', {params: {path: {id}}}))});
  if (message.isPending) return <p role="status">{shared.loading}</p>;
  if (message.isError) return <ProblemNotice error={message.error} />;
  const m = message.data;
  return (
    <article className={styles.message} aria-label={m.subject}>
      <h3>{m.subject}</h3>
      <dl className={styles.headers}>
        <dt>{t.from}</dt>
        <dd>{m.from}</dd>
        <dt>{t.to}</dt>
        <dd>{m.to}</dd>
        <dt>{t.kind}</dt>
        <dd>
          <code>{m.kind}</code>
        </dd>
        {m.date && (
          <>
            <dt>{t.date}</dt>
            <dd>
              <DateTime iso={m.date} />
            </dd>
          </>
        )}
      </dl>
      {/* The plain-text part: it carries everything the HTML part does, and shows no remote content. */}
      <pre className={styles.text}>{m.text}</pre>
      <button type="button" className="button button--sm button--secondary" onClick={onClose}>
        {t.close}
      </button>
    </article>
  );
}

/** The embedded mailbox: the .eml files written without SMTP, newest first. */
export default function MailboxAdmin(): ReactNode {
  const t = useText(adminText);
  const shared = useText(supportText);
  const [open, setOpen] = useState<string | null>(null);
  const pages = useInfiniteQuery({
    queryKey: ['admin-mailbox-list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({pageParam}) => call(api.GET('/admin/mailbox', {params: {query: pageParam ? {before: pageParam} : {}}})),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <p>{t.mailboxIntro}</p>
      {open && <Message id={open} onClose={() => setOpen(null)} />}
      {pages.isError && <ProblemNotice error={pages.error} onRetry={() => pages.refetch()} />}
      {pages.isPending && <p role="status">{shared.loading}</p>}
      {pages.data && items.length === 0 && <p>{t.none}</p>}
      <ul className={styles.mailbox}>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className={styles.linkButton} onClick={() => setOpen(item.id)} aria-label={t.open(item.subject)}>
              {item.subject}
            </button>
            <span className={styles.muted}>
              {' '}
              · {item.to} · <code>{item.kind}</code>
              {item.date && (
                <>
                  {' '}
                  · <DateTime iso={item.date} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <button type="button" className="button button--sm button--secondary" onClick={() => void pages.fetchNextPage()}>
          {t.more}
        </button>
      )}
    </>
  );
}
