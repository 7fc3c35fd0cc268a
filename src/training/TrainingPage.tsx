import type {ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import {ApiProvider} from '@site/src/api/query';
import {useText} from '@site/src/components/i18n';
import {trainingText} from './session/text';

type Props = {title: string; description: string; intro?: ReactNode; className?: string; children: () => ReactNode};

/**
 * A trainee's page: title, heading and introduction in the static HTML; the part that needs the server runs in the
 * browser. Personal, so never indexed, and it names no address in a Referer (the sign-in link's token is in it).
 */
export default function TrainingPage({title, description, intro, className, children}: Props): ReactNode {
  const t = useText(trainingText);
  return (
    <Layout title={title} description={description}>
      <Head>
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container margin-vert--lg app-page ${className ?? ''}`}>
        <h1>{title}</h1>
        {intro}
        <BrowserOnly fallback={<p role="status">{t.loading}</p>}>{() => <ApiProvider>{children()}</ApiProvider>}</BrowserOnly>
      </main>
    </Layout>
  );
}
