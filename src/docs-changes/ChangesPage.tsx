import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import {useLocale, useText} from '@site/src/components/i18n';
import SubscribeForm from './SubscribeForm';
import {changesText, sectionNames, type Section} from './text';
import styles from './styles.module.css';

type Change = {seq: number; section: Section; permalink: string; title: string; kind: 'added' | 'updated'; date: string};

/** /docs-changes (and /en/…): the recent changes of this locale from the ledger, its feeds, and the e-mail digest. */
export default function ChangesPage({data}: {data: {changes: Change[]}}): ReactNode {
  const t = useText(changesText);
  const names = useText(sectionNames);
  const locale = useLocale();
  const rss = useBaseUrl('/docs-changes/rss.xml');
  const atom = useBaseUrl('/docs-changes/atom.xml');
  const day = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
  return (
    <Layout title={t.title} description={t.description}>
      <main className="container margin-vert--lg app-page">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <h2>{t.feeds}</h2>
        <p className={styles.feeds}>
          {/* Plain links: the feeds are files beside the page, not routes of the site. */}
          <a href={rss} type="application/rss+xml">
            {t.rss}
          </a>
          <a href={atom} type="application/atom+xml">
            {t.atom}
          </a>
        </p>
        <h2 id="subscribe">{t.subscribe}</h2>
        <p>{t.subscribeIntro}</p>
        <SubscribeForm />
        <h2>{t.recent}</h2>
        {data.changes.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ol className={styles.changes}>
            {data.changes.map((change) => (
              <li key={change.seq} id={`change-${change.seq}`} className={styles.change}>
                <Link to={change.permalink.replace(/^\/en(?=\/)/, '')}>{change.title}</Link>
                <div className={styles.meta}>
                  <time dateTime={change.date}>{day.format(new Date(`${change.date}T00:00:00Z`))}</time> · {names[change.section]} ·{' '}
                  {change.kind === 'added' ? t.added : t.updated}
                </div>
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
