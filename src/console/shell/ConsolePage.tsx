import type {ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {ApiProvider} from '@site/src/api/query';
import {useText} from '@site/src/components/i18n';
import {LiveContext, useLiveUpdates} from '../live/useLiveUpdates';
import ConsoleSession from '../session/ConsoleSession';
import CoverageBanner from './CoverageBanner';
import {useSession} from '../session/useSession';
import {consoleText} from '../text';
import styles from './styles.module.css';

function SessionBar(): ReactNode {
  const t = useText(consoleText);
  const {user, signOut} = useSession();
  return (
    <div className={styles.bar}>
      <nav aria-label={t.title} className={styles.nav}>
        <Link to="/console">{t.queueLink}</Link>
        <Link to="/console/training">{t.trainingLink}</Link>
        <Link to="/console/settings">{t.settingsLink}</Link>
        <Link to="/console/page-feedback">{t.pageFeedbackLink}</Link>
        {user.role === 'admin' && <Link to="/console/admin">{t.adminLink}</Link>}
      </nav>
      <span className={styles.who}>{t.signedInAs(user.name, user.role === 'admin' ? t.roleAdmin : t.roleAgent)}</span>
      <button type="button" className="button button--sm button--secondary" onClick={() => void signOut()}>
        {t.signOut}
      </button>
    </div>
  );
}

/** Live updates for everything inside a signed-in console page. */
function Live({children}: {children: ReactNode}): ReactNode {
  const connected = useLiveUpdates();
  return <LiveContext.Provider value={connected}>{children}</LiveContext.Provider>;
}

/**
 * A console page: the static HTML is a shell (title, heading, "loading"); the browser signs the agent in and
 * renders the page. Never indexed.
 */
export default function ConsolePage({title, children}: {title: string; children: () => ReactNode}): ReactNode {
  const t = useText(consoleText);
  return (
    <Layout title={title} description={t.description}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container margin-vert--md app-page ${styles.page}`}>
        <h1 className={styles.title}>{title}</h1>
        <BrowserOnly fallback={<p role="status">{t.loading}</p>}>
          {() => (
            <ApiProvider>
              <ConsoleSession>
                <Live>
                  <SessionBar />
                  <CoverageBanner />
                  {children()}
                </Live>
              </ConsoleSession>
            </ApiProvider>
          )}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
