import {useEffect, useRef, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {keepPreviousData, useInfiniteQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {SearchResults} from '@site/src/api/types';
import {useLocale, useText} from '@site/src/components/i18n';
import {ProblemNotice} from '../shell/ProblemNotice';
import {Facets} from './Facets';
import {SearchHits} from './SearchHits';
import SearchForm from './SearchForm';
import {searchText} from './text';
import {useSearchState} from './useSearchParams';
import styles from './styles.module.css';

const pageSize = 10;

/** The static shell's form: a plain GET to this page until the browser part replaces it. */
export function StaticSearchForm(): ReactNode {
  return <SearchForm />;
}

/** The site search: a query and filters in the URL, the server's hits with facet counts, more on demand. */
export default function SiteSearch(): ReactNode {
  const text = useText(searchText);
  const locale = useLocale();
  const [state, update] = useSearchState();
  const firstNew = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const results = useInfiniteQuery({
    queryKey: ['search', state.q, state.type, state.section, state.version, locale],
    queryFn: ({pageParam}) =>
      call(
        api.GET('/search', {
          params: {
            query: {q: state.q, locale, offset: pageParam, limit: pageSize, source: 'site', ...(state.type ? {type: [state.type]} : {type: ['doc', 'faq', 'article']}), ...(state.section ? {section: state.section} : {}), ...(state.version ? {version: state.version} : {})},
          },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last: SearchResults, pages: SearchResults[]) => {
      const loaded = pages.reduce((sum, page) => sum + page.hits.length, 0);
      return loaded < last.total && last.hits.length > 0 ? loaded : undefined;
    },
    enabled: state.q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const hits = results.data?.pages.flatMap((page) => page.hits) ?? [];
  const first = results.data?.pages[0];

  // After "load more", keyboard focus moves to the first new result instead of staying on a button that moved.
  useEffect(() => {
    if (firstNew.current === null || results.isFetchingNextPage) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('li h2 a')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [hits.length, results.isFetchingNextPage]);

  return (
    <div className={styles.search}>
      <SearchForm defaultValue={state.q} onSearch={(q) => update({q, section: null}, 'push')} />
      {!state.q && (
        <div className={styles.empty}>
          <h2>{text.emptyTitle}</h2>
          <p>{text.emptyBody}</p>
        </div>
      )}
      {state.q && results.isError && <SearchProblem error={results.error} onRetry={() => results.refetch()} />}
      {state.q && results.isPending && !results.isError && <p role="status">{text.searching}</p>}
      {state.q && first && !results.isError && (
        <div className={styles.layout}>
          <Facets facets={first.facets} state={state} onChange={(next) => update(next)} />
          <section aria-labelledby="site-search-count" aria-busy={results.isFetching} className={styles.results}>
            <h2 id="site-search-count" className={styles.count} aria-live="polite">
              {text.resultCount(first.total, first.query)}
            </h2>
            {first.total === 0 ? (
              <ZeroResults query={first.query} filtered={Boolean(state.type || state.section)} onClear={() => update({type: null, section: null})} />
            ) : (
              <SearchHits hits={hits} query={state.q} listRef={listRef} />
            )}
            {results.hasNextPage && (
              <button
                type="button"
                className="button button--secondary"
                disabled={results.isFetchingNextPage}
                onClick={() => {
                  firstNew.current = hits.length;
                  void results.fetchNextPage();
                }}>
                {results.isFetchingNextPage ? text.loadingMore : text.loadMore}
              </button>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function ZeroResults({query, filtered, onClear}: {query: string; filtered: boolean; onClear: () => void}): ReactNode {
  const text = useText(searchText);
  return (
    <div className={styles.empty}>
      <p>
        <strong>{text.zeroTitle(query)}</strong>
      </p>
      <p>{text.zeroTips}</p>
      <ul>
        <li>{text.zeroTipWords}</li>
        <li>{text.zeroTipTypos}</li>
        {filtered && (
          <li>
            {text.zeroTipFilters}{' '}
            <button type="button" className="button button--sm button--link" onClick={onClear}>
              {text.clearFilters}
            </button>
          </li>
        )}
      </ul>
      <p>
        {text.zeroTipTicket} <Link to="/support/new">{text.fileTicket}</Link>
      </p>
    </div>
  );
}

function SearchProblem({error, onRetry}: {error: unknown; onRetry: () => void}): ReactNode {
  const text = useText(searchText);
  if (error instanceof ApiError && error.kind === 'problem' && error.code === 'search_unavailable') {
    return (
      <div className="alert alert--warning" role="alert">
        <p>
          <strong>{text.unavailableTitle}</strong>
        </p>
        <p className="margin-bottom--sm">{text.unavailableBody}</p>
        <button type="button" className="button button--sm button--secondary" onClick={onRetry}>
          {text.retry}
        </button>
      </div>
    );
  }
  if (error instanceof ApiError && error.kind === 'problem' && error.code === 'validation_failed' && error.errors.length) {
    return (
      <div className="alert alert--danger" role="alert">
        {text.invalidQuery} {error.errors.map((fieldError) => fieldError.message).join(' ')}
      </div>
    );
  }
  return <ProblemNotice error={error} onRetry={onRetry} />;
}
