import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {sitePathIn, type SiteLocale} from './links';
import {knowledgeText} from './text';
import styles from './styles.module.css';

type Suggestion = {url: string; title: string; type: 'doc' | 'faq' | 'article'; clicked: boolean};

/** What the portal suggested before the customer filed, and which they opened: so nobody sends it again. */
export default function ReadBeforeFiling({suggestions, locale}: {suggestions: Suggestion[] | null | undefined; locale: SiteLocale}): ReactNode {
  const t = useText(knowledgeText);
  if (!suggestions || suggestions.length === 0) return null;
  const kindName = {doc: t.doc, faq: t.faq, article: t.article};
  return (
    <section aria-labelledby="read-before-heading" className={styles.panel}>
      <h2 id="read-before-heading">{t.readTitle}</h2>
      <p className={styles.muted}>{t.readIntro}</p>
      <ul className={styles.hits}>
        {suggestions.map((s) => (
          <li key={s.url}>
            <span className={styles.kind}>{kindName[s.type]}</span>{' '}
            <a href={sitePathIn(s.url, locale)} target="_blank" rel="noopener">
              {s.title}
              <span className="sr-only">{t.opensNewTab}</span>
            </a>{' '}
            <strong className={s.clicked ? styles.opened : styles.muted}>{s.clicked ? `✓ ${t.opened}` : t.notOpened}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
