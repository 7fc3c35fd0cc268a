import type {ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import {ApiProvider} from '@site/src/api/query';
import {useText} from '@site/src/components/i18n';
import {supportText} from '../text';

type Props = {
  title: string;
  description: string;
  intro?: ReactNode;
  /** A page opened with a token in its fragment: never indexed, never named in a Referer. */
  privatePage?: boolean;
  /** What the static HTML shows until the browser part starts; a "loading" notice unless the page says otherwise. */
  fallback?: ReactNode;
  children: () => ReactNode;
};

/**
 * A portal page: its title, heading and introduction are in the static HTML; the part that needs the support
 * server runs in the browser only, with a loading state until it starts.
 */
export default function SupportPage({title, description, intro, privatePage, fallback, children}: Props): ReactNode {
  const text = useText(supportText);
  return (
    <Layout title={title} description={description}>
      {privatePage && (
        <Head>
          <meta name="referrer" content="no-referrer" />
          <meta name="robots" content="noindex" />
        </Head>
      )}
      <main className="container margin-vert--lg app-page">
        <h1>{title}</h1>
        {intro}
        <BrowserOnly fallback={fallback ?? <p role="status">{text.loading}</p>}>{() => <ApiProvider>{children()}</ApiProvider>}</BrowserOnly>
      </main>
    </Layout>
  );
}
