import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type Destination = {label: string; to: string};

type Audience = {
  id: string;
  title: string;
  description: string;
  primary: Destination;
  secondary?: Destination;
  note?: string;
};

// Each reader of the site arrives with one job to do; send them straight to it.
const audiences: Audience[] = [
  {
    id: 'trainee',
    title: translate({id: 'home.audience.trainee.title', message: '我是学员'}),
    description: translate({
      id: 'home.audience.trainee.description',
      message: '五周课程：系统概览、开发、运维、业务使用和综合实践，按开发、运维、业务三种角色安排。',
    }),
    primary: {
      label: translate({id: 'home.audience.trainee.primary', message: '开始培训'}),
      to: '/docs/training',
    },
    secondary: {
      label: translate({id: 'home.audience.trainee.secondary', message: '第 1 周：系统概览'}),
      to: '/docs/training/week-1',
    },
  },
  {
    id: 'customer',
    title: translate({id: 'home.audience.customer.title', message: '我需要技术支持'}),
    description: translate({
      id: 'home.audience.customer.description',
      message: '在线提交工单并附上日志，按业务影响选择 P1 到 P4 优先级，通过邮件中的私人链接跟踪进度。',
    }),
    primary: {
      label: translate({id: 'home.audience.customer.primary', message: '技术支持首页'}),
      to: '/support',
    },
    secondary: {
      label: translate({id: 'home.audience.customer.secondary', message: '提交工单'}),
      to: '/support/new',
    },
    note: translate({
      id: 'home.audience.customer.note',
      message: '紧急故障（P1）7×24 处理；也可以通过热线或邮件联系支持团队。',
    }),
  },
  {
    id: 'staff',
    title: translate({id: 'home.audience.staff.title', message: '我是支持人员'}),
    description: translate({
      id: 'home.audience.staff.description',
      message: '受理、分析、答复和关闭工单的工作方式，以及可以直接引用给客户的常见问题。',
    }),
    primary: {
      label: translate({id: 'home.audience.staff.primary', message: '处理工单'}),
      to: '/docs/user-guide/staff',
    },
    secondary: {
      label: translate({id: 'home.audience.staff.secondary', message: '常见问题'}),
      to: '/docs/faq',
    },
  },
  {
    id: 'operator',
    title: translate({id: 'home.audience.operator.title', message: '我负责运维'}),
    description: translate({
      id: 'home.audience.operator.description',
      message: '运行、配置、监控和停止 Handover；从嵌入式 PGlite 切换到 PostgreSQL。',
    }),
    primary: {
      label: translate({id: 'home.audience.operator.primary', message: '运维手册'}),
      to: '/docs/operations',
    },
    secondary: {
      label: translate({id: 'home.audience.operator.secondary', message: '配置参考'}),
      to: '/docs/operations/configuration',
    },
  },
];

function AudienceCard({audience}: {audience: Audience}): ReactNode {
  return (
    <article className={styles.card} data-audience={audience.id}>
      <Heading as="h2" className={styles.title}>
        {audience.title}
      </Heading>
      <p>{audience.description}</p>
      {audience.note && <p className={styles.note}>{audience.note}</p>}
      <div className={styles.links}>
        <Link className="button button--primary" to={audience.primary.to}>
          {audience.primary.label}
        </Link>
        {audience.secondary && (
          <Link className={styles.secondary} to={audience.secondary.to}>
            {audience.secondary.label}
          </Link>
        )}
      </div>
    </article>
  );
}

export default function AudienceCards(): ReactNode {
  return (
    <section className={styles.grid}>
      {audiences.map((audience) => (
        <AudienceCard key={audience.id} audience={audience} />
      ))}
    </section>
  );
}
