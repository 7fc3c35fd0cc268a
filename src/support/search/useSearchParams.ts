import {useCallback, useMemo} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import type {SearchSection} from '@site/src/api/types';

export const hitTypes = ['doc', 'faq', 'article'] as const;
export type HitType = (typeof hitTypes)[number];

/** `version`: a docs version other than the released one (`current` is next); null for the released docs. */
export type SearchState = {q: string; type: HitType | null; section: SearchSection | null; version: string | null};

/** The search a reader would bookmark or share lives in the URL: `?q=…&type=…&section=…&version=…`. */
export function useSearchState(): [SearchState, (next: Partial<SearchState>, how?: 'push' | 'replace') => void] {
  const location = useLocation();
  const history = useHistory();
  const state = useMemo(() => {
    const params = new URLSearchParams(location.search);
    const type = params.get('type');
    return {
      q: (params.get('q') ?? '').trim(),
      type: hitTypes.includes(type as HitType) ? (type as HitType) : null,
      section: (params.get('section') as SearchSection | null) || null,
      version: params.get('version') || null,
    };
  }, [location.search]);
  const update = useCallback(
    (next: Partial<SearchState>, how: 'push' | 'replace' = 'replace') => {
      const merged = {...state, ...next};
      const params = new URLSearchParams();
      if (merged.q) params.set('q', merged.q);
      if (merged.type) params.set('type', merged.type);
      if (merged.section) params.set('section', merged.section);
      if (merged.version) params.set('version', merged.version);
      const search = params.toString();
      history[how]({pathname: location.pathname, search: search ? `?${search}` : ''});
    },
    [state, history, location.pathname],
  );
  return [state, update];
}
