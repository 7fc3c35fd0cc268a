import {useEffect, useState} from 'react';
import {keepPreviousData, useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import type {Locale} from '@site/src/components/i18n';

/** How long typing must pause before the server is asked. */
export const suggestionDelayMs = 300;
/** Fewer characters than this say too little to look for. */
const minimumLength = 2;

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Articles for what the customer is writing, asked once typing pauses. The previous list stays while the next
 * loads, so the list never blinks empty between keystrokes.
 */
export function useArticleSuggestions(subject: string, description: string, locale: Locale) {
  const text = useDebounced(`${subject}\n${description}`.trim().slice(0, 2000), suggestionDelayMs);
  return useQuery({
    queryKey: ['search-suggestions', text, locale],
    queryFn: () => call(api.GET('/search/suggestions', {params: {query: {q: text, locale}}})),
    enabled: [...text].length >= minimumLength,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
