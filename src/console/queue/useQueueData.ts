import {useInfiniteQuery, useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {useLive} from '../live/useLiveUpdates';
import {filtersOf, listQueryOf, type QueueState} from './queueState';

/** How often the queue and its counts are fetched again; the console says so on the page. */
export const refreshIntervalMs = 15_000;

/** Polling only while the live stream is down; with it, a change refreshes the queue at once. */
export function useRefreshInterval(): number | false {
  return useLive() ? false : refreshIntervalMs;
}

export function useQueuePages(state: QueueState) {
  const interval = useRefreshInterval();
  const query = listQueryOf(state);
  return useInfiniteQuery({
    queryKey: ['queue', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({pageParam}) => call(api.GET('/tickets', {params: {query: {...query, ...(pageParam ? {cursor: pageParam} : {})}}})),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: interval,
    placeholderData: (previous) => previous,
  });
}

type Counts = {active: number; mine: number; unassigned: number; new: number; open: number; pending: number; resolved: number; closed: number};

/** The tab counts: per status under the current filters, plus "mine" and "unassigned" among the open tickets. */
export function useQueueCounts(state: QueueState) {
  const interval = useRefreshInterval();
  const base = filtersOf({...state, view: 'active'});
  return useQuery<Counts>({
    queryKey: ['queue-counts', base],
    refetchInterval: interval,
    queryFn: async () => {
      const [all, mine, unassigned] = await Promise.all([
        call(api.GET('/tickets/counts', {params: {query: base}})),
        call(api.GET('/tickets/counts', {params: {query: {...base, assignee: 'me'}}})),
        call(api.GET('/tickets/counts', {params: {query: {...base, assignee: 'unassigned'}}})),
      ]);
      const open = (c: typeof all) => c.new + c.open + c.pending;
      return {active: open(all), mine: open(mine), unassigned: open(unassigned), new: all.new, open: all.open, pending: all.pending, resolved: all.resolved, closed: all.closed};
    },
  });
}

export function useStaffDirectory() {
  return useQuery({queryKey: ['staff-directory'], queryFn: () => call(api.GET('/staff')), staleTime: 300_000});
}
