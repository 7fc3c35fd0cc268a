// Generates the site's API reference (docs/api/reference/*.md in Chinese, the same under i18n/en in English)
// from static/openapi.json. `--check` writes nothing and fails when a generated page is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheckPages } from './generated-pages.js';
import { openApiPath } from './generate-openapi.js';

type Schema = Record<string, unknown>;
type Operation = {
  operationId: string;
  summary: string;
  'x-summary-zh'?: string;
  description?: string;
  tags: string[];
  'x-audience': string[];
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
type Locale = 'zh-Hans' | 'en';

const root = fileURLToPath(new URL('..', import.meta.url));
export const referenceDirs: Record<Locale, string> = {
  'zh-Hans': path.join(root, 'docs/api/reference'),
  en: path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current/api/reference'),
};

const words = {
  'zh-Hans': {
    generated: '本页由 `npm run api:generate` 根据 static/openapi.json 生成，请勿手工修改。',
    who: '调用方',
    params: '参数',
    name: '名称',
    where: '位置',
    required: '必填',
    type: '类型',
    about: '说明',
    yes: '是',
    no: '否',
    body: '请求正文',
    responses: '响应',
    status: '状态码',
    schema: '结构',
    intro: '以下接口的基础路径为 `/api/v1`；错误格式见 [错误](../errors.md)。',
  },
  en: {
    generated: 'Generated from static/openapi.json by `npm run api:generate`; do not edit.',
    who: 'Who may call',
    params: 'Parameters',
    name: 'Name',
    where: 'In',
    required: 'Required',
    type: 'Type',
    about: 'Description',
    yes: 'yes',
    no: 'no',
    body: 'Request body',
    responses: 'Responses',
    status: 'Status',
    schema: 'Schema',
    intro: 'Paths below are relative to `/api/v1`; the error format is described in [Errors](../errors.md).',
  },
} as const;

const tagTitles: Record<string, Record<Locale, string>> = {
  meta: { 'zh-Hans': 'API 元信息', en: 'API metadata' },
  auth: { 'zh-Hans': '登录与令牌', en: 'Sign-in and tokens' },
  staff: { 'zh-Hans': '员工管理', en: 'Staff administration' },
  tickets: { 'zh-Hans': '工单', en: 'Tickets' },
  conversation: { 'zh-Hans': '会话', en: 'Conversation' },
  'saved-replies': { 'zh-Hans': '常用回复', en: 'Saved replies' },
  attachments: { 'zh-Hans': '附件', en: 'Attachments' },
  mail: { 'zh-Hans': '邮件投递', en: 'E-mail delivery' },
  notifications: { 'zh-Hans': '邮件通知设置', en: 'Notification settings' },
  sla: { 'zh-Hans': 'SLA 日历与策略', en: 'SLA calendars and policies' },
  'docs-subscriptions': { 'zh-Hans': '文档更新订阅', en: 'Docs update subscriptions' },
};

const audiences: Record<string, Record<Locale, string>> = {
  anyone: { 'zh-Hans': '任何人', en: 'anyone' },
  staff: { 'zh-Hans': '支持人员', en: 'staff' },
  admin: { 'zh-Hans': '管理员', en: 'administrators' },
  'ticket-link': { 'zh-Hans': '持有该工单跟踪链接的客户', en: "holder of the ticket's tracking link" },
  requester: { 'zh-Hans': '持有魔法链接的提交人', en: 'holder of a magic link for the requester' },
};

/** Table cells are MDX: braces, angle brackets and pipes must not be read as syntax. */
const cell = (text: string) => text.replace(/[{}<>|]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, ' ');

function typeOf(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' \\| ');
  if (schema.type === 'array') return `${typeOf((schema.items as Schema) ?? {})}[]`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(' or ');
  return [schema.type, schema.format].filter(Boolean).join(', ') || 'any';
}

function renderOperation(method: string, route: string, op: Operation, locale: Locale): string {
  const w = words[locale];
  const summary = locale === 'zh-Hans' ? (op['x-summary-zh'] ?? op.summary) : op.summary;
  const lines = [`## \`${method.toUpperCase()} ${route}\` {#${op.operationId}}`, '', cell(summary), ''];
  if (op.description) lines.push(cell(op.description), '');
  lines.push(`**${w.who}:** ${op['x-audience'].map((a) => audiences[a]?.[locale] ?? a).join(locale === 'en' ? ', ' : '、')}`, '');
  if (op.parameters?.length) {
    lines.push(`### ${w.params}`, '', `| ${w.name} | ${w.where} | ${w.required} | ${w.type} | ${w.about} |`, '|---|---|---|---|---|');
    for (const p of op.parameters) {
      lines.push(`| \`${p.name}\` | ${p.in} | ${p.required ? w.yes : w.no} | ${cell(typeOf(p.schema))} | ${cell(p.description ?? '')} |`);
    }
    lines.push('');
  }
  for (const [type, { schema }] of Object.entries(op.requestBody?.content ?? {})) {
    lines.push(`### ${w.body} (\`${type}\`)`, '', '```json', JSON.stringify(schema, null, 2), '```', '');
  }
  lines.push(`### ${w.responses}`, '', `| ${w.status} | ${w.about} |`, '|---|---|');
  for (const [status, response] of Object.entries(op.responses)) lines.push(`| ${status} | ${cell(response.description)} |`);
  lines.push('');
  for (const [status, response] of Object.entries(op.responses)) {
    for (const [type, { schema }] of Object.entries(response.content ?? {})) {
      if (type === 'application/problem+json') continue;
      lines.push(`<details>`, `<summary>${status} ${type} — ${w.schema}</summary>`, '', '```json', JSON.stringify(schema, null, 2), '```', '', '</details>', '');
    }
  }
  return lines.join('\n');
}

/** Every generated page, keyed by absolute path. */
export function renderApiReference(): Map<string, string> {
  const document = JSON.parse(readFileSync(openApiPath, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
  const byTag = new Map<string, string[][]>();
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags[0] ?? 'meta';
      byTag.set(tag, [...(byTag.get(tag) ?? []), [method, route, op.operationId]]);
    }
  }
  const pages = new Map<string, string>();
  const tags = [...byTag.keys()].sort();
  for (const locale of ['zh-Hans', 'en'] as const) {
    tags.forEach((tag, index) => {
      const title = tagTitles[tag]?.[locale] ?? tag;
      const body = byTag
        .get(tag)!
        .map(([method, route]) => renderOperation(method!, route!, document.paths[route!]![method!]!, locale))
        .join('\n');
      const page = ['---', `title: ${title}`, `sidebar_position: ${index + 1}`, '---', '', `<!-- ${words[locale].generated} -->`, '', `# ${title}`, '', words[locale].intro, '', body];
      pages.set(path.join(referenceDirs[locale], `${tag}.md`), `${page.join('\n').trimEnd()}\n`);
    });
  }
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheckPages(renderApiReference(), Object.values(referenceDirs), { what: 'API reference', command: 'npm run api:generate', source: 'static/openapi.json' });
}
