import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';

/** Categories, priorities, upload limits and channels, as the server is configured (cached five minutes there too). */
export function useSupportSettings() {
  return useQuery({
    queryKey: ['support-settings'],
    queryFn: () => call(api.GET('/support/settings')),
    staleTime: 300_000,
  });
}
