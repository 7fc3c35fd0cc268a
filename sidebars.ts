import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// One sidebar per section, so the navbar can point at each and a reader stays inside one manual.
// Every section opens on its index page, which says what the section holds today.

const section = (label: string, dir: string, items: string[]) => [
  {
    type: 'category' as const,
    label,
    link: {type: 'doc' as const, id: `${dir}/index`},
    collapsible: false,
    items: items.map((id) => `${dir}/${id}`),
  },
];

const sidebars = {
  architecture: section('架构', 'architecture', ['request-flow', 'adapters', 'lifecycle']),
  api: section('API', 'api', ['errors', 'health']),
  database: section('数据库', 'database', ['users', 'migrations']),
  operations: section('运维', 'operations', [
    'running',
    'configuration',
    'observability',
    'shutdown',
    'postgresql',
  ]),
  userGuide: section('用户手册', 'user-guide', ['customers', 'staff', 'priorities']),
  training: section('培训', 'training', ['week-1', 'week-2', 'week-3', 'week-4', 'week-5']),
  faq: section('常见问题', 'faq', ['data-location', 'postgresql', 'port-8000', 'language', 'search']),
} satisfies SidebarsConfig;

export default sidebars;
