// Generates the site's API reference (docs/api/reference/*.md in Chinese, the same under i18n/en in English)
// from static/openapi.json. `--check` writes nothing and fails when a generated page is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemTypes, type ProblemCode } from '../server/src/http/errors.js';
import { fieldTable } from './api-docs/fields.js';
import { cell, described, fence, typeOf, type Locale, type Schema } from './api-docs/markdown.js';
import {
  credentialNote,
  curlMultipartSnippet,
  curlSnippet,
  exampleCall,
  javascriptMultipartSnippet,
  javascriptSnippet,
  type SnippetOperation,
} from './api-docs/snippets.js';
import { writeOrCheckPages } from './generated-pages.js';
import { openApiPath } from './generate-openapi.js';

type Operation = SnippetOperation & {
  summary: string;
  'x-summary-zh'?: string;
  description?: string;
  'x-description-zh'?: string;
  tags: string[];
  parameters?: { name: string; in: string; required: boolean; description?: string; 'x-description-zh'?: string; schema: Schema; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown; 'x-json-part'?: string }> };
  responses: Record<
    string,
    { description: string; 'x-description-zh'?: string; 'x-problems'?: ProblemCode[]; content?: Record<string, { schema: Schema; example?: unknown }> }
  >;
};

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
    field: '字段',
    responses: '响应',
    status: '状态码',
    example: '示例',
    requestExample: '请求示例',
    responseExamples: '响应示例',
    fieldsOf: (status: string) => `${status} 响应的字段`,
    withFiles: (tool: string) => `${tool}（附带文件）`,
    multipartNote: (part: string | undefined) =>
      part
        ? `附带文件时改用 \`multipart/form-data\`：把上面的 JSON 放在名为 \`${part}\` 的部分中，每个文件一个 \`files\` 部分。`
        : '附带文件时改用 `multipart/form-data`：上面的每个字段一个文本部分，每个文件一个 `files` 部分。',
    intro:
      '以下接口的基础路径为 `/api/v1`；错误格式见 [错误](../errors.md)。每个接口的示例（curl 与 JavaScript）都是通过 schema 校验的真实请求和响应，见 [API 概览](../index.md#examples)。',
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
    field: 'Field',
    responses: 'Responses',
    status: 'Status',
    example: 'Example',
    requestExample: 'Example request',
    responseExamples: 'Example responses',
    fieldsOf: (status: string) => `Fields of the ${status} response`,
    withFiles: (tool: string) => `${tool} (with files)`,
    multipartNote: (part: string | undefined) =>
      part
        ? `To attach files, send \`multipart/form-data\` instead: the JSON above in a part named \`${part}\`, and one \`files\` part per file.`
        : 'To attach files, send `multipart/form-data` instead: one text part per field above, and one `files` part per file.',
    intro:
      'Paths below are relative to `/api/v1`; the error format is described in [Errors](../errors.md). Each operation’s examples (curl and JavaScript) are real requests and answers checked against the schemas; see the [API overview](../index.md#examples).',
  },
} as const;

/** The page title of each tag, in both languages (server/test/api-translations.test.ts checks every tag has one). */
export const tagTitles: Record<string, Record<Locale, string>> = {
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
  'page-feedback': { 'zh-Hans': '页面反馈', en: 'Page feedback' },
  search: { 'zh-Hans': '知识库搜索', en: 'Knowledge-base search' },
  support: { 'zh-Hans': '支持设置', en: 'Support settings' },
  training: { 'zh-Hans': '培训', en: 'Training' },
};

const audiences: Record<string, Record<Locale, string>> = {
  anyone: { 'zh-Hans': '任何人', en: 'anyone' },
  staff: { 'zh-Hans': '支持人员', en: 'staff' },
  admin: { 'zh-Hans': '管理员', en: 'administrators' },
  'ticket-link': { 'zh-Hans': '持有该工单跟踪链接的客户', en: "holder of the ticket's tracking link" },
  requester: { 'zh-Hans': '持有魔法链接的提交人', en: 'holder of a magic link for the requester' },
  trainee: { 'zh-Hans': '已登录的学员（仅本人）', en: 'the signed-in trainee (themselves only)' },
};

/** The problem example as the page's reader would get it: title and link in their language. */
function localProblem(example: unknown, locale: Locale): unknown {
  const problem = example as { code: ProblemCode; type: string; title: string };
  if (locale === 'en' || !problem?.code || !(problem.code in problemTypes)) return example;
  return { ...problem, type: problem.type.replace('/en/docs/', '/docs/'), title: problemTypes[problem.code].title['zh-Hans'] };
}

/** An answer's example as its media type reads: JSON, an event of a stream, or text. */
function exampleBlock(type: string, example: unknown, locale: Locale): string {
  if (type === 'text/event-stream') {
    const { event, data } = example as { event: string; data: unknown };
    return fence('text', `event: ${event}\ndata: ${JSON.stringify(data)}\n`);
  }
  if (typeof example === 'string') return fence(type === 'text/csv' ? 'csv' : type === 'text/html' ? 'html' : 'text', example.replace(/\r\n/g, '\n'));
  return fence('json', JSON.stringify(type === 'application/problem+json' ? localProblem(example, locale) : example, null, 2));
}

function tabs(groupId: string | null, items: { value: string; label: string; body: string }[]): string[] {
  return [
    groupId ? `<Tabs groupId="${groupId}">` : '<Tabs>',
    ...items.flatMap((item) => [`<TabItem value="${item.value}" label="${item.label}">`, '', item.body, '', '</TabItem>']),
    '</Tabs>',
    '',
  ];
}

function responseText(response: Operation['responses'][string], locale: Locale): string {
  const problems = response['x-problems'];
  if (problems?.length) {
    const links = problems.map((code) => `[\`${code}\`](../errors.md#${code})`).join(locale === 'en' ? ', ' : '、');
    return locale === 'en' ? `Problem: ${links}` : `问题：${links}`;
  }
  return cell(described(response, locale));
}

function renderOperation(method: string, route: string, op: Operation, locale: Locale): string {
  const w = words[locale];
  const summary = locale === 'zh-Hans' ? (op['x-summary-zh'] ?? op.summary) : op.summary;
  const lines = [`## \`${method.toUpperCase()} ${route}\` {#${op.operationId}}`, '', cell(summary), ''];
  const description = described(op, locale);
  if (description) lines.push(cell(description), '');
  lines.push(`**${w.who}:** ${op['x-audience'].map((a) => audiences[a]?.[locale] ?? a).join(locale === 'en' ? ', ' : '、')}`, '');
  if (op.parameters?.length) {
    lines.push(`### ${w.params}`, '', `| ${w.name} | ${w.where} | ${w.required} | ${w.type} | ${w.about} |`, '|---|---|---|---|---|');
    for (const p of op.parameters) {
      lines.push(`| \`${p.name}\` | ${p.in} | ${p.required ? w.yes : w.no} | ${cell(typeOf(p.schema))} | ${cell(described(p, locale))} |`);
    }
    lines.push('');
  }
  const json = op.requestBody?.content['application/json'];
  if (json) {
    const types = Object.keys(op.requestBody!.content).map((type) => `\`${type}\``).join(', ');
    lines.push(`### ${w.body} (${types})`, '', ...fieldTable(json.schema, locale, w));
  }

  const call = exampleCall(method, route, op);
  const snippets = [
    { value: 'curl', label: 'curl', body: fence('bash', curlSnippet(call, locale)) },
    { value: 'javascript', label: 'JavaScript', body: fence('js', javascriptSnippet(call, route, locale)) },
  ];
  if (call.multipart && call.body !== undefined) {
    snippets.push(
      { value: 'curl-files', label: w.withFiles('curl'), body: fence('bash', curlMultipartSnippet(call, locale)) },
      {
        value: 'javascript-files',
        label: w.withFiles('JavaScript'),
        body: fence('js', javascriptMultipartSnippet(call, locale)),
      },
    );
  }
  lines.push(`### ${w.requestExample}`, '', credentialNote(op, locale), '');
  if (call.multipart && call.body !== undefined) lines.push(w.multipartNote(call.jsonPart), '');
  lines.push(...tabs('api-snippet', snippets));

  lines.push(`### ${w.responses}`, '', `| ${w.status} | ${w.about} |`, '|---|---|');
  for (const [status, response] of Object.entries(op.responses)) lines.push(`| ${status} | ${responseText(response, locale)} |`);
  lines.push('');
  const examples = Object.entries(op.responses).flatMap(([status, response]) =>
    Object.entries(response.content ?? {})
      .filter(([, media]) => media.example !== undefined)
      .map(([type, media]) => ({ value: status, label: status, body: exampleBlock(type, media.example, locale) })),
  );
  if (examples.length) lines.push(`### ${w.responseExamples}`, '', ...tabs(null, examples));
  for (const [status, response] of Object.entries(op.responses)) {
    for (const [type, { schema }] of Object.entries(response.content ?? {})) {
      if (type === 'application/problem+json') continue;
      const table = fieldTable(schema, locale, w);
      if (table.length) lines.push('<details>', `<summary>${w.fieldsOf(status)}</summary>`, '', ...table, '</details>', '');
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
      const page = [
        '---',
        `title: ${title}`,
        `sidebar_position: ${index + 1}`,
        // Each operation is a heading of its own; its parts (parameters, examples) would make the table of contents a wall.
        'toc_max_heading_level: 2',
        '---',
        '',
        `<!-- ${words[locale].generated} -->`,
        '',
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        `# ${title}`,
        '',
        words[locale].intro,
        '',
        body,
      ];
      pages.set(path.join(referenceDirs[locale], `${tag}.md`), `${page.join('\n').trimEnd()}\n`);
    });
  }
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheckPages(renderApiReference(), Object.values(referenceDirs), { what: 'API reference', command: 'npm run api:generate', source: 'static/openapi.json' });
}
