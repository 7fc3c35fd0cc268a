import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import AudienceCards from '@site/src/components/AudienceCards';
import styles from './index.module.css';

function Hero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          Handover
        </Heading>
        <p className={styles.heroTagline}>
          <Translate id="home.hero.tagline">
            系统交接的知识库与技术支持平台：文档、培训和支持流程集中在一处。
          </Translate>
        </p>
        <div className={styles.heroLinks}>
          <Link className="button button--primary button--lg" to="/docs/architecture">
            <Translate id="home.hero.architecture">了解架构</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to="/docs/operations/running">
            <Translate id="home.hero.run">在本机运行</Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

function CurrentRelease(): ReactNode {
  return (
    <section className={styles.release}>
      <Heading as="h2">
        <Translate id="home.release.title">当前版本：0.3 邮件通知</Translate>
      </Heading>
      <p>
        <Translate id="home.release.body">
          支持流程的每一步都会发送邮件：客户收到受理、回复、等待回复、已解决、即将关闭和已关闭的通知，员工收到新工单、分配、客户回复和重新打开的提醒，P1 工单立即通知值班人员。邮件先写入发件箱再发送，不会丢失；管理员可以查看和重新发送死信。员工控制台、客户网页和知识库搜索将在后续版本中发布。
        </Translate>{' '}
        <Link to="/blog/handover-0-3-email">
          <Translate id="home.release.link">阅读发布说明</Translate>
        </Link>
      </p>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: '首页'})}
      description={translate({
        id: 'home.meta.description',
        message: 'Handover：系统交接的文档、培训与技术支持平台。',
      })}>
      <Hero />
      <main className="container margin-vert--xl">
        <AudienceCards />
        <CurrentRelease />
      </main>
    </Layout>
  );
}
