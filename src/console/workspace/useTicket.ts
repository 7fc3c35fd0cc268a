import {useQuery, useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import type {Answer} from '@site/src/api/types';
import {useRefreshInterval} from '../queue/useQueueData';

/** The staff view of a ticket (the API answers staff with it; the union type covers the customer's view too). */
export type StaffTicket = Extract<Answer<'updateTicket'>, {version: number}>;

export function useStaffTicket(number: string) {
  const interval = useRefreshInterval();
  return useQuery<StaffTicket>({
    queryKey: ['staff-ticket', number],
    queryFn: async () => (await call(api.GET('/tickets/{number}', {params: {path: {number}}}))) as StaffTicket,
    refetchInterval: interval,
  });
}

export function useStaffConversation(number: string) {
  const interval = useRefreshInterval();
  return useQuery({
    queryKey: ['staff-conversation', number],
    queryFn: () => call(api.GET('/tickets/{number}/messages', {params: {path: {number}}})),
    refetchInterval: interval,
  });
}

export function useRequesterTickets(email: string | undefined, except: string) {
  return useQuery({
    queryKey: ['requester-tickets', email],
    enabled: Boolean(email),
    queryFn: async () => (await call(api.GET('/tickets', {params: {query: {requester: email!, sort: 'updated', limit: 10}}}))).items.filter((t) => t.number !== except),
  });
}

export function useRefreshTicket(number: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({queryKey: ['staff-ticket', number]}),
      client.invalidateQueries({queryKey: ['staff-conversation', number]}),
      client.invalidateQueries({queryKey: ['queue']}),
    ]);
}

/**
 * The ticket's SLA clocks. Keyed under the ticket, so whatever refreshes the ticket (a live event, a save, a reply)
 * refreshes them too; fetched again every minute besides, because time used and state move while nothing happens.
 */
export function useTicketSla(number: string) {
  const interval = useRefreshInterval();
  return useQuery({
    queryKey: ['staff-ticket', number, 'sla'],
    queryFn: () => call(api.GET('/tickets/{number}/sla', {params: {path: {number}}})),
    refetchInterval: interval === false ? 60_000 : interval,
  });
}
