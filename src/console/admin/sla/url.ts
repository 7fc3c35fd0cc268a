import {useHistory, useLocation} from '@docusaurus/router';

export const views = ['policies', 'calendars', 'report'] as const;
export type SlaView = (typeof views)[number];

/** The SLA section's state that is worth a bookmark (part, calendar, report period) lives in the URL. */
export function useSlaUrl() {
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(location.search);
  const requested = params.get('view') as SlaView | null;
  const view: SlaView = requested && views.includes(requested) ? requested : 'policies';
  const hrefOf = (next: Record<string, string | undefined>) => {
    const search = new URLSearchParams({section: 'sla'});
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    return `?${search}`;
  };
  const go = (next: Record<string, string | undefined>) => history.replace({pathname: location.pathname, search: hrefOf(next)});
  return {view, params, hrefOf, go};
}
