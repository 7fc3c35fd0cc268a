import {useEffect, type ReactNode} from 'react';
import type {SearchSuggestion} from '@site/src/api/types';
import Highlighted from '@site/src/components/Highlighted';
import {useLocale, useText} from '@site/src/components/i18n';
import {recordSearchEvent} from '../search/events';
import {fileText} from './text';
import {useArticleSuggestions} from './useArticleSuggestions';
import styles from './styles.module.css';

type Props = {
  subject: string;
  description: string;
  onShown: (suggestions: SearchSuggestion[]) => void;
  onOpened: (suggestion: SearchSuggestion) => void;
  onSolved: (suggestion: SearchSuggestion) => void;
};

/**
 * Up to five articles for what the customer is writing. The box keeps its place and the previous list while the
 * next loads; a polite live region says how many there are. A failure shows nothing: filing must not depend on it.
 */
export default function FilingSuggestions({subject, description, onShown, onOpened, onSolved}: Props): ReactNode {
  const t = useText(fileText);
  const locale = useLocale();
  const suggestions = useArticleSuggestions(subject, description, locale);
  const list = suggestions.isError ? [] : (suggestions.data?.suggestions ?? []);
  const query = `${subject}\n${description}`.trim();
  useEffect(() => {
    if (list.length) onShown(list);
  }, [list, onShown]);

  return (
    <aside className={styles.suggestions} aria-labelledby="filing-suggestions-title">
      <h2 id="filing-suggestions-title" className={styles.suggestionsTitle}>
        {t.suggestionsTitle}
      </h2>
      <p role="status" aria-live="polite" className={styles.note}>
        {suggestions.data && !suggestions.isError ? t.suggestionsCount(list.length) : t.suggestionsHint}
      </p>
      {list.length > 0 && (
        <ul className={styles.suggestionList}>
          {list.map((suggestion, index) => (
            <li key={suggestion.url} className={styles.suggestion}>
              <a
                id={`filing-suggestion-${index}`}
                href={suggestion.url}
                target="_blank"
                rel="noopener"
                onClick={() => {
                  onOpened(suggestion);
                  recordSearchEvent({kind: 'click', source: 'portal', query, locale, url: suggestion.url});
                }}>
                {suggestion.title}
                <span className="sr-only"> {t.suggestionOpens}</span>
              </a>
              <p className={styles.suggestionSnippet}>
                <Highlighted text={suggestion.snippet} highlights={suggestion.highlights} />
              </p>
              <button
                type="button"
                className="button button--sm button--secondary"
                aria-describedby={`filing-suggestion-${index}`}
                onClick={() => {
                  recordSearchEvent({kind: 'deflection', source: 'portal', query, locale, url: suggestion.url});
                  onSolved(suggestion);
                }}>
                {t.suggestionSolved}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
