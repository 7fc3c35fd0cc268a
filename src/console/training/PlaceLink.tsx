import type {ReactNode} from 'react';
import {useTrainingUrl} from './url';

/** A link to a cohort or a trainee of the training page: a real href (open in a new tab), followed in the page. */
export default function PlaceLink({cohort, trainee, children}: {cohort?: string; trainee?: string; children: ReactNode}): ReactNode {
  const {hrefOf, go} = useTrainingUrl();
  return (
    <a
      href={hrefOf({cohort, trainee})}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        go({cohort, trainee});
        window.scrollTo(0, 0);
      }}>
      {children}
    </a>
  );
}
