import {useEffect, useRef, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {SearchSuggestion} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {supportText} from '../text';
import {fileText} from './text';

/** The end of a filing that was not needed: an article solved it. The draft is kept, so filing anyway loses nothing. */
export default function SolvedNotice({suggestion, onFileAnyway}: {suggestion: SearchSuggestion; onFileAnyway: () => void}): ReactNode {
  const t = useText(fileText);
  const shared = useText(supportText);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="solved-heading" className="margin-top--md">
      <h2 id="solved-heading" ref={heading} tabIndex={-1}>
        {t.solvedTitle}
      </h2>
      <p>{t.solvedBody(suggestion.title)}</p>
      <p>
        <a href={suggestion.url}>{suggestion.title}</a>
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary margin-right--sm margin-bottom--sm" onClick={onFileAnyway}>
          {t.solvedFileAnyway}
        </button>
        <Link className="button button--link margin-bottom--sm" to="/support">
          {shared.backToSupport}
        </Link>
      </div>
    </section>
  );
}
