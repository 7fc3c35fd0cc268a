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
        <Translate id="home.release.title">当前版本：0.4 加固与交付</Translate>
      </Heading>
      <p>
        <Translate id="home.release.body">
          对外开放的接口经过外部测试加固：畸形请求不会让服务器停止，任何错误输入都不会导致 5xx；上传、回复和“我的工单”链接都有限制；P1 工单只在来自可信域名或已确认的邮箱时立即通知值班人员。同时发布了容器镜像、Compose、Kubernetes 与 Helm 部署，经过演练验证的备份、时间点恢复和回滚，以及工单变更的统一处理流程。员工控制台、客户网页和知识库搜索将在后续版本中发布。
        </Translate>{' '}
        <Link to="/blog/handover-0-4-hardening">
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
