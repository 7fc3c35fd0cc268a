import {useEffect, useState} from 'react';
import {useQuery} from '@tanstack/react-query';
import {api, call, currentCsrfToken} from '@site/src/api/client';

const heartbeatMs = 20_000;

/** One id per browser tab (kept for the tab's life), so one agent's two tabs count as two. */
function tabId(): string {
  const key = 'handover.console.tab';
  let id = window.sessionStorage.getItem(key);
  if (!id) {
    id = crypto.randomUUID().replace(/-/g, '');
    window.sessionStorage.setItem(key, id);
  }
  return id;
}

/**
 * Tells the server this tab is on the ticket (viewing, or writing when `writing`), every 20 s and at once when the
 * state changes; leaves when the page closes (a keepalive DELETE; if it is lost, the row expires after 60 s).
 * Returns the other agents on the ticket, refreshed by each heartbeat and by live presence events.
 */
export function usePresence(number: string, writing: boolean) {
  const [tab] = useState(tabId);
  const state = writing ? 'writing' : 'viewing';
  const others = useQuery({
    queryKey: ['presence', number, state],
    queryFn: () => call(api.PUT('/tickets/{number}/presence', {params: {path: {number}}, body: {tabId: tab, state}})),
    refetchInterval: heartbeatMs,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
  useEffect(() => {
    const leave = () => {
      const csrf = currentCsrfToken();
      void fetch(`/api/v1/tickets/${encodeURIComponent(number)}/presence/${tab}`, {
        method: 'DELETE',
        keepalive: true,
        headers: csrf ? {'X-CSRF-Token': csrf} : {},
      }).catch(() => undefined);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [number, tab]);
  return others.data?.present ?? [];
}
