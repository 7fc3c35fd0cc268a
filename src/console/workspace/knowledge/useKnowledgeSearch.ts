import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import type {Answer} from '@site/src/api/types';
import type {SiteLocale} from './links';

export type SearchHit = Answer<'search'>['hits'][number];

/** Docs, FAQ and articles in the customer's language, and past tickets that ended resolved or closed. */
export function useKnowledgeSearch(q: string, locale: SiteLocale, except: string) {
  const enabled = q.trim().length > 0;
  const knowledge = useQuery({
    queryKey: ['knowledge', q, locale],
    enabled,
    queryFn: () => call(api.GET('/search', {params: {query: {q, locale, type: ['doc', 'faq', 'article'], limit: 8, source: 'console'}}})),
  });
  const tickets = useQuery({
    queryKey: ['knowledge-tickets', q, locale],
    enabled,
    queryFn: () => call(api.GET('/search', {params: {query: {q, locale, type: ['ticket'], limit: 20, source: 'console'}}})),
    select: (answer) => answer.hits.filter((hit) => (hit.status === 'resolved' || hit.status === 'closed') && hit.number !== except).slice(0, 5),
  });
  return {knowledge, tickets};
}

/** Counts an opened hit for the admin report; a lost count is not worth bothering the agent with. */
export function recordClick(query: string, locale: SiteLocale, url: string): void {
  void call(api.POST('/search/events', {body: {kind: 'click', source: 'console', query, locale, url}})).catch(() => undefined);
}
