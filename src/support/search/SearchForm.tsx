import {useEffect, useRef, type FormEvent, type ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {searchText} from './text';
import styles from './styles.module.css';

type Props = {defaultValue?: string; onSearch?: (query: string) => void};

/**
 * The query box. Without `onSearch` (the static HTML, before the page's script runs) it is an ordinary GET form
 * to this page, so a search works even then.
 */
export default function SearchForm({defaultValue = '', onSearch}: Props): ReactNode {
  const text = useText(searchText);
  const input = useRef<HTMLInputElement>(null);
  // Back and forward change the URL's query: the box follows it.
  useEffect(() => {
    if (input.current && input.current.value.trim() !== defaultValue) input.current.value = defaultValue;
  }, [defaultValue]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSearch) return;
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  };
  return (
    <form role="search" method="get" onSubmit={submit} className={styles.form} aria-label={text.title}>
      <label htmlFor="site-search-query" className={styles.label}>
        {text.queryLabel}
      </label>
      <div className={styles.queryRow}>
        <input
          id="site-search-query"
          ref={input}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder={text.queryPlaceholder}
          className="app-control"
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className="button button--primary">
          {text.submit}
        </button>
      </div>
    </form>
  );
}
