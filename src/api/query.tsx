import type {ReactNode} from 'react';
import {QueryClient, QueryClientProvider} from '@tanstack/react-query';
import {ApiError} from './problem';

/**
 * One cache for the whole site app, kept across client-side navigation. A problem the server answered is not
 * retried (it would answer the same); an unreachable server is tried twice more.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => error instanceof ApiError && error.kind === 'unreachable' && failures < 2,
      refetchOnWindowFocus: true,
      staleTime: 30_000,
    },
    mutations: {retry: false},
  },
});

export function ApiProvider({children}: {children: ReactNode}): ReactNode {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
