import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useText} from '@site/src/components/i18n';
import {ApiError} from '@site/src/api/problem';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {statusName} from '@site/src/support/status';
import {supportText} from '@site/src/support/text';
import Highlighted from '@site/src/components/Highlighted';
import {markdownLink, sitePathIn, type SiteLocale} from './links';
import {knowledgeText} from './text';
import {recordClick, useKnowledgeSearch, type SearchHit} from './useKnowledgeSearch';
import styles from './styles.module.css';

type Props = {number: string; subject: string; locale: SiteLocale; onInsert: (markdown: string) => void};

/**
 * The knowledge base beside the conversation: searched in the customer's language, starting from the ticket's
 * subject. A page's link goes into the reply at the cursor, already in the customer's language.
 */
export default function KnowledgePanel({number, subject, locale, onInsert}: Props): ReactNode {
  const t = useText(knowledgeText);
  const [open, setOpen] = useState(true);
  const [draft, setDraft] = useState(subject);
  const [query, setQuery] = useState(subject);
  const {knowledge, tickets} = useKnowledgeSearch(query, locale, number);
  const kindName: Record<SearchHit['type'], string> = {doc: t.doc, faq: t.faq, article: t.article, ticket: t.ticket};
  const failed = knowledge.error ?? tickets.error;

  return (
    <section aria-labelledby="knowledge-heading" className={styles.panel}>
      <div className={styles.header}>
        <h2 id="knowledge-heading">{t.title}</h2>
        <button type="button" className="button button--sm button--secondary" aria-expanded={open} aria-controls="knowledge-body" onClick={() => setOpen(!open)}>
          {open ? t.hide : t.show}
        </button>
      </div>
      <div id="knowledge-body" hidden={!open}>
        <form
          role="search"
          aria-label={t.title}
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(draft.trim());
          }}>
          <label htmlFor="knowledge-query">{t.query}</label>
          <div className={styles.row}>
            <input id="knowledge-query" type="search" className="app-control" value={draft} maxLength={200} onChange={(event) => setDraft(event.target.value)} aria-describedby="knowledge-language" />
            <button type="submit" className="button button--sm button--primary">
              {t.search}
            </button>
          </div>
          <p id="knowledge-language" className={styles.muted}>
            {t.inLanguage(locale === 'en' ? t.en : t.zh)}
          </p>
        </form>
        <div role="status">{(knowledge.isFetching || tickets.isFetching) && <p>{t.searching}</p>}</div>
        {failed && (failed instanceof ApiError && failed.code === 'search_unavailable' ? <p className="alert alert--warning">{t.unavailable}</p> : <ProblemNotice error={failed} onRetry={() => void Promise.all([knowledge.refetch(), tickets.refetch()])} />)}
        {knowledge.data && (
          <>
            <h3>{t.knowledge}</h3>
            {knowledge.data.hits.length === 0 ? (
              <p>{t.nothing}</p>
            ) : (
              <ul className={styles.hits}>
                {knowledge.data.hits.map((hit) => (
                  <li key={hit.url}>
                    <span className={styles.kind}>{kindName[hit.type]}</span>{' '}
                    <a href={sitePathIn(hit.url, locale)} target="_blank" rel="noopener" onClick={() => recordClick(query, locale, hit.url)}>
                      <Highlighted text={hit.title} highlights={hit.titleHighlights} />
                      <span className="sr-only">{t.opensNewTab}</span>
                    </a>
                    <p className={styles.snippet}>
                      <Highlighted text={hit.snippet} highlights={hit.highlights} />
                    </p>
                    <button type="button" className="button button--sm button--outline button--primary" aria-label={t.insertLink(hit.title)} onClick={() => onInsert(markdownLink(hit.title, hit.url, locale, window.location.origin))}>
                      {t.insertShort}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {tickets.data && <SimilarTickets hits={tickets.data} query={query} locale={locale} />}
      </div>
    </section>
  );
}

function SimilarTickets({hits, query, locale}: {hits: SearchHit[]; query: string; locale: SiteLocale}): ReactNode {
  const t = useText(knowledgeText);
  const shared = useText(supportText);
  return (
    <>
      <h3>{t.similar}</h3>
      {hits.length === 0 ? (
        <p>{t.nothing}</p>
      ) : (
        <ul className={styles.hits}>
          {hits.map((hit) => (
            <li key={hit.url}>
              <Link to={hit.url} onClick={() => recordClick(query, locale, hit.url)}>
                {hit.number}{' '}
                <Highlighted text={hit.title} highlights={hit.titleHighlights} />
              </Link>{' '}
              {hit.status && <span className={styles.muted}>· {statusName(hit.status, shared)}</span>}
              {hit.internal && <p className={styles.internal}>{t.internal}</p>}
              <p className={styles.snippet}>
                <Highlighted text={hit.snippet} highlights={hit.highlights} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
