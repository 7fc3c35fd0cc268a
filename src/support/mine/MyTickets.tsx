import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useInfiniteQuery} from '@tanstack/react-query';
import {api, bearer, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import {tokenOf, useFragment} from '../fragment';
import {ProblemNotice} from '../shell/ProblemNotice';
import {statusName} from '../status';
import {supportText} from '../text';
import RequestLinkForm from './RequestLinkForm';
import {mineText} from './text';
import styles from './styles.module.css';

function TicketList({token}: {token: string}): ReactNode {
  const t = useText(mineText);
  const shared = useText(supportText);
  const trackPage = useBaseUrl('/support/track');
  const pages = useInfiniteQuery({
    queryKey: ['my-tickets', token],
    initialPageParam: undefined as string | undefined,
    queryFn: ({pageParam}) => call(api.GET('/my/tickets', {params: {query: pageParam ? {cursor: pageParam} : {}}, ...bearer(token)})),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (pages.isPending) return <p role="status">{shared.loading}</p>;
  if (pages.isError) {
    const error = pages.error;
    if (error instanceof ApiError && (error.code === 'unauthenticated' || error.code === 'link_expired' || error.code === 'forbidden')) {
      return (
        <section aria-labelledby="invalid-heading">
          <h2 id="invalid-heading">
            {t.invalidTitle}
          </h2>
          <p>{t.invalidBody}</p>
          <RequestLinkForm />
        </section>
      );
    }
    return <ProblemNotice error={error} onRetry={() => pages.refetch()} />;
  }
  const items = pages.data.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">
        {t.listHeading}
      </h2>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((ticket) => (
            <li key={ticket.number} className={styles.row}>
              <a href={`${trackPage}#${new URLSearchParams({token, ticket: ticket.number}).toString()}`} className={styles.subject}>
                <span className={styles.number}>{ticket.number}</span> {ticket.subject}
              </a>
              <span className={styles.meta}>
                <span className={styles.status}>{statusName(ticket.status, shared)}</span> · {ticket.priority} · {t.updated} <DateTime iso={ticket.updatedAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {t.more}
        </button>
      )}
      <p className="margin-top--md">
        <Link to="/support/new">{t.fileNew}</Link>
      </p>
    </section>
  );
}

/** With a magic link in the fragment: the list; without one: the form that e-mails one. */
export default function MyTickets(): ReactNode {
  const token = tokenOf(useFragment());
  return token ? <TicketList key={token} token={token} /> : <RequestLinkForm />;
}
