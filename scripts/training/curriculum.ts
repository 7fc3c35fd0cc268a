// Reads the curriculum's MDX (one week, one locale) with the same parser MDX itself uses (remark + remark-mdx)
// and extracts its trackable items: <Reading>, <Exercise> and <Quiz>. Everything the server relies on is
// validated here, so a malformed item fails `npm run training:catalogue:check` instead of a trainee's check.
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { CatalogueItem, ItemCheck, QuizQuestion, Track } from '../../server/src/training/catalogue-schema.js';

export type Locale = 'zh-Hans' | 'en';
export const allTracks: Track[] = ['developer', 'operator', 'business'];
const checkTypes = ['manual', 'ticket', 'saved-reply-pending', 'metrics-answer', 'drill-report'] as const;
const metrics = ['ticket_5xx_ratio'];

/** One item as one locale writes it; titles and hashes differ between locales, the rest must not. */
export type ParsedItem = Omit<CatalogueItem, 'title' | 'hash'> & { title: string; hash: string };
export type ParsedWeek = { title: string; items: ParsedItem[]; problems: string[] };

// An element on its own lines is a flow element; one written inline (`<Answer …>text</Answer>`) a text element.
type Element = MdxJsxFlowElement | MdxJsxTextElement;
const isElement = (node: RootContent | Root, name?: string): node is Element =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name);

type Parent = { children: RootContent[] };

function descendants(node: Parent, name: string): Element[] {
  const found: Element[] = [];
  const visit = (parent: Parent) => {
    for (const child of parent.children) {
      if (isElement(child, name)) found.push(child);
      else if ('children' in child) visit(child);
    }
  };
  visit(node);
  return found;
}

type AttributeValue = string | boolean | number | undefined;

function attributes(node: Element, problems: string[], where: string): Map<string, AttributeValue> {
  const out = new Map<string, AttributeValue>();
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`${where}: spread attributes are not allowed`);
      continue;
    }
    const { value } = attribute;
    if (value === null || value === undefined) out.set(attribute.name, true);
    else if (typeof value === 'string') out.set(attribute.name, value);
    else {
      const literal = value.value.trim();
      if (/^-?\d+(\.\d+)?$/.test(literal)) out.set(attribute.name, Number(literal));
      else if (literal === 'true' || literal === 'false') out.set(attribute.name, literal === 'true');
      else problems.push(`${where}: ${attribute.name}={${literal}} must be a number or boolean literal`);
    }
  }
  return out;
}

/** The element as written, whitespace-normalised, so that re-wrapping a line does not count as a change. */
function sourceHash(source: string, node: Element): string {
  const text = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function firstLine(node: Element): string {
  const first = node.children.find((child) => !isElement(child as RootContent, 'Expected'));
  return (first ? toString(first) : '').split('\n')[0]?.trim() ?? '';
}

function parseTracks(value: AttributeValue, problems: string[], where: string): Track[] {
  if (value === undefined || value === 'all') return [...allTracks];
  if (typeof value !== 'string') {
    problems.push(`${where}: tracks must be a string`);
    return [];
  }
  const names = value.split(/\s+/).filter(Boolean);
  const unknown = names.filter((name) => !allTracks.includes(name as Track));
  if (unknown.length > 0 || names.length === 0) problems.push(`${where}: tracks="${value}" is not a subset of "developer operator business" or "all"`);
  if (new Set(names).size !== names.length) problems.push(`${where}: tracks="${value}" repeats a track`);
  return allTracks.filter((track) => names.includes(track));
}

function parseMinutes(value: AttributeValue, problems: string[], where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    problems.push(`${where}: minutes must be a positive integer, as minutes={30}`);
    return 0;
  }
  return value;
}

function parseCheck(attrs: Map<string, AttributeValue>, problems: string[], where: string): ItemCheck {
  const type = attrs.get('check');
  const flag = (name: string) => attrs.get(name) === true;
  if (!checkTypes.includes(type as (typeof checkTypes)[number])) {
    problems.push(`${where}: check="${String(type)}" must be one of ${checkTypes.join(', ')}`);
    return { type: 'manual', signOff: false };
  }
  for (const [name, allowed] of [['signOff', 'manual'], ['priority', 'ticket'], ['attachment', 'ticket'], ['metric', 'metrics-answer']] as const) {
    if (attrs.has(name) && type !== allowed) problems.push(`${where}: ${name} only belongs to check="${allowed}"`);
  }
  switch (type) {
    case 'manual':
      return { type, signOff: flag('signOff') };
    case 'ticket': {
      const priority = attrs.get('priority');
      if (priority !== undefined && !['P1', 'P2', 'P3', 'P4'].includes(String(priority))) problems.push(`${where}: priority="${String(priority)}" must be P1, P2, P3 or P4`);
      return { type, ...(priority !== undefined && { priority: String(priority) as 'P1' }), attachment: flag('attachment') };
    }
    case 'metrics-answer': {
      const metric = attrs.get('metric');
      if (!metrics.includes(String(metric))) problems.push(`${where}: metric="${String(metric)}" must be one of ${metrics.join(', ')}`);
      return { type, metric: 'ticket_5xx_ratio' };
    }
    default:
      return { type: type as 'saved-reply-pending' | 'drill-report' };
  }
}

function parseQuiz(node: Element, attrs: Map<string, AttributeValue>, problems: string[], where: string) {
  const passMark = attrs.get('passMark') ?? 0.8;
  if (typeof passMark !== 'number' || passMark <= 0 || passMark > 1) problems.push(`${where}: passMark must be a number in (0, 1]`);
  const questions: QuizQuestion[] = [];
  for (const question of descendants(node, 'Question')) {
    const questionAttrs = attributes(question, problems, where);
    const id = String(questionAttrs.get('id') ?? '');
    const at = `${where} question ${id || '(no id)'}`;
    if (!id) problems.push(`${at}: a question needs an id`);
    if (typeof questionAttrs.get('prompt') !== 'string' || !String(questionAttrs.get('prompt')).trim()) problems.push(`${at}: a question needs a prompt`);
    const answers = descendants(question, 'Answer').map((answer) => ({ answer, attrs: attributes(answer, problems, at) }));
    if (answers.length < 3 || answers.length > 5) problems.push(`${at}: has ${answers.length} answers, needs 3 to 5`);
    const ids = answers.map(({ attrs: a }) => String(a.get('id') ?? ''));
    if (ids.some((answerId) => !answerId)) problems.push(`${at}: every answer needs an id`);
    if (new Set(ids).size !== ids.length) problems.push(`${at}: answer ids repeat`);
    const correct = answers.filter(({ attrs: a }) => a.get('correct') === true);
    if (correct.length !== 1) problems.push(`${at}: has ${correct.length} correct answers, needs exactly one`);
    for (const { answer, attrs: a } of answers) {
      const why = a.get('why');
      if (typeof why !== 'string' || !why.trim()) problems.push(`${at} answer ${String(a.get('id'))}: needs a why="…" explaining it`);
      if (!toString(answer).trim()) problems.push(`${at} answer ${String(a.get('id'))}: has no text`);
    }
    questions.push({ id, answers: ids, correct: String(correct[0]?.attrs.get('id') ?? '') });
  }
  if (questions.length === 0) problems.push(`${where}: a quiz needs questions`);
  return { passMark: typeof passMark === 'number' ? passMark : 0.8, questions };
}

/** Parses one week of one locale; `file` only names the source in problems. */
export function parseWeek(source: string, file: string, week: number, locale: Locale): ParsedWeek {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as Root;
  const problems: string[] = [];
  const front = tree.children.find((node) => node.type === 'yaml');
  const title = front && 'value' in front ? String((parseYaml(front.value) as { title?: unknown } | null)?.title ?? '') : '';
  if (!title) problems.push(`${file}: the front matter needs a title`);

  const items: ParsedItem[] = [];
  const visit = (parent: Parent) => {
    for (const child of parent.children) {
      if (!isElement(child)) {
        if ('children' in child) visit(child);
        continue;
      }
      if (child.name !== 'Reading' && child.name !== 'Exercise' && child.name !== 'Quiz') {
        visit(child);
        continue;
      }
      const line = child.position?.start.line ?? 0;
      const attrs = attributes(child, problems, `${file}:${line}`);
      const id = String(attrs.get('id') ?? '');
      const where = `${file}:${line} ${child.name} ${id || '(no id)'}`;
      if (!new RegExp(`^w${week}-[a-z0-9]+(-[a-z0-9]+)*$`).test(id)) problems.push(`${where}: id must be w${week}-<slug> (lower case, digits, hyphens)`);
      const optional = attrs.get('optional') === true;
      const base = { id, week, required: !optional, tracks: parseTracks(attrs.get('tracks'), problems, where), hash: sourceHash(source, child) };
      const titleAttr = attrs.get('title');
      if (child.name === 'Quiz') {
        const quizTitle = typeof titleAttr === 'string' ? titleAttr : locale === 'en' ? `Week ${week} quiz` : `第 ${week} 周测验`;
        const minutes = attrs.has('minutes') ? parseMinutes(attrs.get('minutes'), problems, where) : 15;
        items.push({ ...base, kind: 'quiz', title: quizTitle, minutes, check: { type: 'quiz' }, ...parseQuiz(child, attrs, problems, where) });
        continue;
      }
      const itemTitle = typeof titleAttr === 'string' ? titleAttr.trim() : firstLine(child);
      if (!itemTitle) problems.push(`${where}: needs a title="…" or a first line of text`);
      const minutes = parseMinutes(attrs.get('minutes'), problems, where);
      if (child.name === 'Reading') {
        if (attrs.has('check') && attrs.get('check') !== 'manual') problems.push(`${where}: a reading is marked read by the trainee; check must be manual`);
        items.push({ ...base, kind: 'reading', title: itemTitle, minutes, check: { type: 'manual', signOff: false } });
        continue;
      }
      if (descendants(child, 'Expected').length !== 1) problems.push(`${where}: an exercise needs exactly one <Expected> with the expected result`);
      items.push({ ...base, kind: 'exercise', title: itemTitle, minutes, check: parseCheck(attrs, problems, where) });
    }
  };
  visit(tree);
  return { title, items, problems };
}
