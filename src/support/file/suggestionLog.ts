// Shapes of the API's suggestion and of the filing body's `suggestions` entry, spelled out so the server's tests
// can import this file without the site's path aliases (and without React, which a test program must not load).
type Suggested = {url: string; title: string; type: 'doc' | 'faq' | 'article'};
type FilingSuggestion = Suggested & {clicked: boolean};

/** The filing body takes at most this many: the first ones shown. */
export const maxFiledSuggestions = 10;

export type SuggestionLog = {
  shown: (suggestions: Suggested[]) => void;
  opened: (suggestion: Suggested) => void;
  /** What to file with the ticket: every suggestion shown (the first ten), and whether it was opened. */
  filed: () => FilingSuggestion[];
};

/** What the portal suggested while the customer wrote: the union of every list shown, in the order first shown. */
export function createSuggestionLog(): SuggestionLog {
  const entries = new Map<string, FilingSuggestion>();
  const shown = (suggestions: Suggested[]) => {
    for (const {url, title, type} of suggestions) {
      if (entries.size >= maxFiledSuggestions) return;
      if (!entries.has(url)) entries.set(url, {url, title, type, clicked: false});
    }
  };
  return {
    shown,
    opened(suggestion) {
      shown([suggestion]);
      const entry = entries.get(suggestion.url);
      if (entry) entry.clicked = true;
    },
    filed: () => [...entries.values()].map((entry) => ({...entry})),
  };
}
