import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { SearchDocument, SearchLocale, SearchSection, SearchType } from './documents.js';

type Element = ReturnType<typeof parseDocument>['children'][number];
type Tag = Element & { name: string; attribs: Record<string, string>; children: Element[] };

const isTag = (node: Element): node is Tag => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const isText = (node: Element): node is Element & { data: string } => node.type === 'text';

/** The built site's folders that hold pages worth finding, per locale (the default locale has no prefix). */
const roots: { prefix: string; locale: SearchLocale }[] = [
  { prefix: '', locale: 'zh-Hans' },
  { prefix: 'en', locale: 'en' },
];

const docSections: Record<string, SearchSection> = {
  'user-guide': 'manual',
  training: 'training',
  faq: 'faq',
  operations: 'operations',
  api: 'api',
  architecture: 'architecture',
  database: 'database',
};

/** Parts of a page that are navigation or chrome, not what the page says. */
const skippedClasses = ['theme-doc-breadcrumbs', 'theme-doc-footer', 'theme-doc-toc-mobile', 'pagination-nav', 'hash-link', 'theme-edit-this-page', 'theme-last-updated', 'blog-post-page__footer', 'page-feedback', 'theme-doc-version-badge', 'theme-doc-version-banner'];

async function htmlFiles(directory: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.filter((entry) => entry.isFile() && entry.name === 'index.html').map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every page file of the built site that search indexes: the docs and the blog, both locales. */
export async function sitePageFiles(siteDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const { prefix } of roots) {
    for (const folder of ['docs', 'blog']) files.push(...(await htmlFiles(path.join(siteDir, prefix, folder))));
  }
  return files.sort();
}

/** A fingerprint of the built pages (names, sizes, times): a new build indexes again, a restart does not. */
export async function siteHash(siteDir: string): Promise<string | null> {
  const files = await sitePageFiles(siteDir);
  if (files.length === 0) return null;
  const hash = createHash('sha256');
  // Bumped when what a page becomes changes (its version field): a server upgraded over the same build indexes again.
  hash.update('pages 2\n');
  for (const file of files) {
    const info = await stat(file);
    hash.update(`${path.relative(siteDir, file)}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function classOf(node: Element): string {
  return isTag(node) ? (node.attribs.class ?? '') : '';
}

function textOf(node: Element, skip: (node: Element) => boolean): string {
  if (skip(node)) return '';
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  const inner = node.children.map((child) => textOf(child as Element, skip)).join('');
  // Block elements end a line, so words of two paragraphs never run together.
  return /^(p|li|h[1-6]|div|tr|td|th|pre|blockquote|section|dt|dd|br)$/.test(node.name) ? `${inner}\n` : inner;
}

/** The docs version name Docusaurus gives the unreleased docs (docs/), served at /docs/next/. */
export const nextVersion = 'current';

/**
 * Which docs a page belongs to, for the index: the released version (served at /docs/) by its name, the unreleased
 * docs at /docs/next/ as `current`, and null for an older version at /docs/<version>/, which is not indexed: support
 * answers from the release people run and from what comes next, and a page kept once per old version would crowd
 * out the maintained one (the search box in the navigation bar still searches each built version). A site with no
 * release yet serves `current` at /docs/: those pages carry no version, so every version filter finds them.
 */
function docsVersionOf(name: string, segments: string[]): string | null {
  const prefix = segments[1];
  if (name === nextVersion) return prefix === 'next' ? nextVersion : '';
  return prefix === name ? null : name;
}

/** Reads one built page into a search document; null for a page that is not a doc or a blog post (lists, tags). */
export function pageDocument(html: string, url: string, builtAt: string): SearchDocument | null {
  const dom = parseDocument(html);
  const root = DomUtils.findOne((node) => node.name === 'html', dom.children);
  const pageClass = root?.attribs.class ?? '';
  const isDoc = pageClass.includes('docs-doc-page');
  const isPost = pageClass.includes('blog-post-page');
  if (!root || (!isDoc && !isPost)) return null;
  const locale: SearchLocale = root.attribs.lang === 'en' ? 'en' : 'zh-Hans';
  const article = DomUtils.findOne((node) => node.name === 'article', dom.children);
  if (!article) return null;
  const skip = (node: Element) =>
    isTag(node) && (node.name === 'nav' || node.name === 'button' || node.name === 'script' || node.name === 'style' || skippedClasses.some((name) => classOf(node).split(' ').includes(name)));
  const h1 = DomUtils.findOne((node) => node.name === 'h1', article.children);
  const title = h1 ? DomUtils.textContent(h1).replace(/\u200b/g, '').trim() : DomUtils.textContent(DomUtils.findOne((node) => node.name === 'title', dom.children) ?? article).split('|')[0]!.trim();
  const headings = DomUtils.findAll((node) => /^h[2-4]$/.test(node.name), article.children)
    .map((node) => textOf(node, skip).trim())
    .filter(Boolean);
  const text = textOf(article, (node) => skip(node) || node === h1).replace(/[ \t]+/g, ' ').replace(/\n\s*/g, '\n').trim();
  const tags = [...new Set(DomUtils.findAll((node) => node.name === 'a' && /\/tags\/[^/]+\/?$/.test(node.attribs.href ?? ''), article.children).map((node) => decodeURIComponent((node.attribs.href ?? '').replace(/\/$/, '').split('/').at(-1) ?? '')))];
  const meta = (name: string) => DomUtils.findOne((node) => node.name === 'meta' && node.attribs.name === name, dom.children)?.attribs.content;
  const segments = url.replace(/^\/en/, '').split('/').filter(Boolean);
  const version = isDoc ? docsVersionOf(meta('docusaurus_version') ?? '', segments) : '';
  if (version === null) return null;
  // After /docs/ (and /docs/next/ for the unreleased docs) comes the section.
  const inDocs = version === nextVersion ? segments.slice(2) : segments.slice(1);
  const type: SearchType = isPost ? 'article' : inDocs[0] === 'faq' && inDocs.length > 1 ? 'faq' : 'doc';
  const section: SearchSection = isPost ? 'blog' : (docSections[inDocs[0] ?? ''] ?? 'manual');
  return {
    id: `page:${url}`,
    type,
    locale,
    section,
    title,
    headings: headings.join('\n'),
    text: text.slice(0, 50_000),
    internal: '',
    url,
    tags,
    version,
    updatedAt: builtAt,
  };
}

/** The search documents of a built site, with the hash it was read at. */
export async function readSite(siteDir: string): Promise<{ hash: string | null; documents: SearchDocument[] }> {
  const hash = await siteHash(siteDir);
  const documents: SearchDocument[] = [];
  for (const file of await sitePageFiles(siteDir)) {
    const relative = path.relative(siteDir, path.dirname(file)).split(path.sep).join('/');
    const url = `/${relative}`;
    const info = await stat(file);
    const document = pageDocument(await readFile(file, 'utf8'), url, info.mtime.toISOString());
    if (document) documents.push(document);
  }
  return { hash, documents };
}
