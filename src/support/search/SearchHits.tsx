import type {ReactNode, RefObject} from 'react';
import type {SearchHit} from '@site/src/api/types';
import Highlighted from '@site/src/components/Highlighted';
import {useLocale, useText} from '@site/src/components/i18n';
import {recordSearchEvent} from './events';
import {useSearchableVersions} from './VersionChoice';
import {searchText} from './text';
import styles from './styles.module.css';

/** The hits so far: a highlighted title, where the page sits, its language when it is not the reader's, a snippet. */
export function SearchHits({hits, query, listRef}: {hits: SearchHit[]; query: string; listRef: RefObject<HTMLOListElement | null>}): ReactNode {
  const text = useText(searchText);
  const locale = useLocale();
  const nextLabel = useSearchableVersions().find((version) => version.name === 'current')?.label ?? 'next';
  const typeName = {doc: text.typeDoc, faq: text.typeFaq, article: text.typeArticle, ticket: text.typeTicket};
  return (
    <ol ref={listRef} className={styles.hits}>
      {hits.map((hit) => (
        <li key={`${hit.url}#${hit.locale}`} className={styles.hit}>
          <h2 className={styles.hitTitle}>
            <a href={hit.url} onClick={() => recordSearchEvent({kind: 'click', source: 'site', query, locale, url: hit.url})}>
              <Highlighted text={hit.title} highlights={hit.titleHighlights} />
            </a>
          </h2>
          <p className={styles.badges}>
            <span className="badge badge--secondary">{typeName[hit.type]}</span>
            {/* An FAQ entry sits in the FAQ section: one badge says it. */}
            {text[`section_${hit.section}`] !== typeName[hit.type] && <span className="badge badge--secondary">{text[`section_${hit.section}`]}</span>}
            {hit.version === 'current' && <span className="badge badge--secondary">{text.versionNext(nextLabel)}</span>}
            {hit.locale !== locale && (
              <span className={styles.languageBadge}>
                {text.otherLanguage(hit.locale)}
              </span>
            )}
          </p>
          <p className={styles.snippet} lang={hit.locale}>
            <Highlighted text={hit.snippet} highlights={hit.highlights} />
          </p>
        </li>
      ))}
    </ol>
  );
}
