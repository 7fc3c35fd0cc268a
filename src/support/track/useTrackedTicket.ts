import {useQuery, useQueryClient} from '@tanstack/react-query';
import {api, bearer, call} from '@site/src/api/client';
import type {Conversation, CustomerTicket} from '@site/src/api/types';

/**
 * Who is reading: a ticket's tracking link (`hot_…`, the ticket comes from the token) or the magic link of "my
 * tickets" (`hom_…`, with the ticket's number beside it in the fragment).
 */
export type Access = {token: string; number: string | null};

export const ticketKey = (access: Access) => ['tracked-ticket', access.token, access.number] as const;
export const conversationKey = (access: Access, number: string | undefined) => ['conversation', access.token, number] as const;

export function useTrackedTicket(access: Access) {
  return useQuery<CustomerTicket>({
    queryKey: ticketKey(access),
    queryFn: async () =>
      access.number
        ? ((await call(api.GET('/tickets/{number}', {params: {path: {number: access.number}}, ...bearer(access.token)}))) as CustomerTicket)
        : call(api.GET('/my/ticket', bearer(access.token))),
    refetchInterval: 60_000,
  });
}

export function useConversation(access: Access, number: string | undefined) {
  return useQuery<Conversation>({
    queryKey: conversationKey(access, number),
    enabled: Boolean(number),
    queryFn: () => call(api.GET('/tickets/{number}/messages', {params: {path: {number: number!}}, ...bearer(access.token)})),
    refetchInterval: 60_000,
  });
}

export function useRefreshTicket(access: Access) {
  const client = useQueryClient();
  return () => client.invalidateQueries({predicate: (query) => query.queryKey.includes(access.token)});
}
