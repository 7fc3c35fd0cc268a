import {useCallback} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {tracks, type Track} from './progress/context';

/**
 * The track the reader chose to see (`?track=operator`), or null for all tracks. It lives in the URL so that a
 * lead can send a trainee the page already filtered, and a reload keeps it.
 */
export function useTrackFilter(): [Track | null, (track: Track | null) => void] {
  const location = useLocation();
  const history = useHistory();
  const value = new URLSearchParams(location.search).get('track');
  const track = tracks.includes(value as Track) ? (value as Track) : null;
  const setTrack = useCallback(
    (next: Track | null) => {
      const params = new URLSearchParams(location.search);
      if (next) params.set('track', next);
      else params.delete('track');
      const search = params.toString();
      history.replace({...location, search: search ? `?${search}` : ''});
    },
    [history, location],
  );
  return [track, setTrack];
}

/** Whether an item for `itemTracks` is shown under the filter. */
export const shownUnder = (filter: Track | null, itemTracks: readonly Track[]) => filter === null || itemTracks.includes(filter);
