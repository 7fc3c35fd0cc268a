import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {defineText, useText} from '@site/src/components/i18n';
import {askAboutPageHref} from '../file/pageContext';
import styles from './styles.module.css';

const text = defineText({
  question: {zh: '这一页没有解答您的问题？', en: 'Did this page not answer your question?'},
  ask: {zh: '就此页面提问', en: 'Ask support about this page'},
  note: {zh: '工单会附带此页面的标题、地址和版本。', en: 'The ticket names this page, its address and version.'},
});

/** A link to the filing form with this page's title, address and docs version filled in as the ticket's context. */
export default function AskAboutThisPage(): ReactNode {
  const t = useText(text);
  const {metadata} = useDoc();
  const version = useDocsVersion();
  const {siteConfig} = useDocusaurusContext();
  const release = String(siteConfig.customFields?.release ?? '');
  // The unreleased docs ("current") are `next` beside a release; in a build with no release (DOCS_ONLY_CURRENT)
  // they stand for the release in package.json.
  const versionLabel = version.version === 'current' && version.isLast ? release : version.label;
  const href = askAboutPageHref({title: metadata.title, url: metadata.permalink, version: versionLabel || undefined});
  return (
    <aside className={styles.ask} aria-label={t.ask}>
      <span>{t.question}</span>{' '}
      <Link to={href} className={styles.link}>
        {t.ask}
      </Link>
      <span className={styles.note}> {t.note}</span>
    </aside>
  );
}
