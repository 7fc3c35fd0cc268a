import {createContext, useContext, useEffect, useState} from 'react';
import {useQueryClient} from '@tanstack/react-query';

/** Whether the live stream is connected; while it is not, the console falls back to polling every 15 s. */
export const LiveContext = createContext(false);
export const useLive = () => useContext(LiveContext);

const forTicket = (number: string) => (key: readonly unknown[]) =>
  key[0] === 'queue' || key[0] === 'queue-counts' || ((key[0] === 'staff-ticket' || key[0] === 'staff-conversation' || key[0] === 'presence') && key[1] === number);

/**
 * Server-sent events from GET /api/v1/events (fed by PostgreSQL NOTIFY on every replica): a changed ticket
 * refreshes the queue, the counts and that ticket; presence refreshes who is on a ticket; `resync` refreshes
 * everything. EventSource reconnects by itself and sends Last-Event-ID, so the server replays what was missed.
 */
export function useLiveUpdates(): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/events');
    const refresh = (match: (key: readonly unknown[]) => boolean) => void client.invalidateQueries({predicate: (query) => match(query.queryKey)});
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.addEventListener('ticket', (event) => {
      const {number} = JSON.parse((event as MessageEvent<string>).data) as {number: string};
      refresh(forTicket(number));
    });
    source.addEventListener('presence', (event) => {
      const {number} = JSON.parse((event as MessageEvent<string>).data) as {number: string};
      refresh((key) => (key[0] === 'presence' && key[1] === number) || key[0] === 'queue');
    });
    source.addEventListener('resync', () => refresh(() => true));
    return () => source.close();
  }, [client]);
  return connected;
}
