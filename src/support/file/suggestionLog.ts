import {useRef} from 'react';
import type {FilingSuggestion, SearchSuggestion} from '@site/src/api/types';

/** The filing body takes at most this many: the first ones shown. */
export const maxFiledSuggestions = 10;

export type SuggestionLog = {
  shown: (suggestions: SearchSuggestion[]) => void;
  opened: (suggestion: SearchSuggestion) => void;
  /** What to file with the ticket: every suggestion shown (the first ten), and whether it was opened. */
  filed: () => FilingSuggestion[];
};

/**
 * What the portal suggested while the customer wrote, kept for the filing. A ref, not state: recording a
 * suggestion changes nothing on screen.
 */
export function useSuggestionLog(): SuggestionLog {
  const entries = useRef(new Map<string, FilingSuggestion>());
  const log = useRef<SuggestionLog>(null);
  log.current ??= {
    shown(suggestions) {
      for (const {url, title, type} of suggestions) {
        if (entries.current.size >= maxFiledSuggestions) return;
        if (!entries.current.has(url)) entries.current.set(url, {url, title, type, clicked: false});
      }
    },
    opened(suggestion) {
      log.current?.shown([suggestion]);
      const entry = entries.current.get(suggestion.url);
      if (entry) entry.clicked = true;
    },
    filed: () => [...entries.current.values()].map((entry) => ({...entry})),
  };
  return log.current;
}
