import {useHistory, useLocation} from '@docusaurus/router';

type Place = {cohort?: string; trainee?: string};

/** Which cohort and trainee the page shows lives in the URL: a lead can bookmark a cohort or send a trainee's page. */
export function useTrainingUrl() {
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(location.search);
  const place = {cohort: params.get('cohort') ?? undefined, trainee: params.get('trainee') ?? undefined};
  const hrefOf = (next: Place) => {
    const search = new URLSearchParams();
    if (next.cohort) search.set('cohort', next.cohort);
    if (next.trainee) search.set('trainee', next.trainee);
    const query = search.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  const go = (next: Place) => history.push(hrefOf(next));
  return {...place, hrefOf, go};
}
