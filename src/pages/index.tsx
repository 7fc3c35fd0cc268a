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
        <Translate id="home.release.title">当前版本：0.5 客户支持门户</Translate>
      </Heading>
      <p>
        <Translate id="home.release.body">
          客户支持流程搬到了站点上：客户在“技术支持”页面查看联系渠道和优先级说明，提交工单并附上日志，在跟踪页面查看进度、回复、确认解决或重新打开，通过邮件找回全部工单，确认 P1 工单的邮箱；每个文档页面末尾都可以就此页面提问，工单会带上这一页。页面在两种语言、手机宽度下都经过 axe-core 无障碍检查，全站的对比度问题也一并修复。员工控制台将在下一个版本中发布，知识库搜索和 SLA 计时随后。
        </Translate>{' '}
        <Link to="/blog/handover-0-5-portal">
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
