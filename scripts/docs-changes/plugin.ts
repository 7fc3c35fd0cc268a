import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changesPagePath, docsChangeFeeds, recentChanges } from './feed.js';
import { ledgerPath, readLedger, root, type Ledger, type Locale } from './ledger.js';

let cached: Ledger | undefined;
const ledger = () => (cached ??= readLedger(ledgerPath));

/**
 * Docusaurus `markdown.parseFrontMatter`: every page gets `last_update.date` from the ledger, so the theme shows
 * "Last updated on …" without git (the image is built without .git). A page's own `last_update` wins.
 */
// The few Docusaurus types used, written out: @docusaurus/types brings the DOM's into the server's type check.
type FrontMatterParams = { filePath: string; fileContent: string; defaultParseFrontMatter: (params: { filePath: string; fileContent: string }) => Promise<ParsedFrontMatter> };
type ParsedFrontMatter = { frontMatter: Record<string, unknown>; content: string };
type LoadContext = { i18n: { currentLocale: string }; siteConfig: { url: string }; baseUrl: string };
type HtmlTag = { tagName: string; attributes: Record<string, string> };
type PluginActions = { createData: (name: string, data: string) => Promise<string>; addRoute: (route: { path: string; component: string; modules: Record<string, string>; exact: boolean }) => void };
type Plugin = {
  name: string;
  getPathsToWatch: () => string[];
  allContentLoaded: (args: { allContent: Record<string, unknown>; actions: PluginActions }) => Promise<void>;
  injectHtmlTags: () => { headTags: HtmlTag[] };
  postBuild: (args: { outDir: string }) => Promise<void>;
};

export const withLedgerDates = async (params: FrontMatterParams): Promise<ParsedFrontMatter> => {
  const result = await params.defaultParseFrontMatter(params);
  const file = path.relative(root, params.filePath).split(path.sep).join('/');
  const updated = ledger().files[file]?.updated;
  if (updated && !result.frontMatter.last_update) result.frontMatter.last_update = { date: updated };
  return result;
};

type DocsContent = { loadedVersions: { docs: { source: string; permalink: string; title: string }[] }[] };

/**
 * The docs changes of the site's locale: the recent-changes page (/docs-changes, /en/docs-changes), its RSS and
 * Atom feeds beside it, and `<link rel="alternate">` to them on every page. The build fails when the ledger names a
 * page the docs do not have, or by another title: `npm run docs:history` was not run.
 */
export default function docsChangesPlugin(context: LoadContext): Plugin {
  const locale: Locale = context.i18n.currentLocale === 'en' ? 'en' : 'zh-Hans';
  const siteUrl = context.siteConfig.url.replace(/\/+$/, '');
  const base = changesPagePath(locale);
  return {
    name: 'handover-docs-changes',
    getPathsToWatch: () => [ledgerPath],
    async allContentLoaded({ allContent, actions }) {
      const docs = (allContent['docusaurus-plugin-content-docs'] as Record<string, DocsContent> | undefined)?.default;
      const pages = new Map<string, { permalink: string; title: string }>();
      for (const version of docs?.loadedVersions ?? []) for (const doc of version.docs) pages.set(doc.source.replace(/^@site\//, ''), doc);
      // Each file's newest change must name the page where the site has it. The ledger names a page by its place in
      // the released docs (/docs/…); beside a release, the unreleased copy of docs/ is served under /docs/next/.
      const released = (permalink: string) => permalink.replace(/^((?:\/en)?\/docs)\/next(?=\/)/, '$1');
      const newest = new Map(ledger().changes.filter((change) => change.locale === locale && change.section !== 'blog').map((change) => [change.file, change]));
      for (const [file, change] of newest) {
        const page = pages.get(file);
        if (page && released(page.permalink) !== change.permalink) {
          throw new Error(`docs-history.json says ${file} is at ${change.permalink}, the site has it at ${page.permalink}: run \`npm run docs:history\``);
        }
      }
      const recent = recentChanges(ledger().changes, locale);
      const data = await actions.createData(`docs-changes-${locale}.json`, JSON.stringify({ changes: recent }));
      actions.addRoute({ path: `${context.baseUrl}docs-changes`, component: '@site/src/docs-changes/ChangesPage', modules: { data }, exact: true });
    },
    injectHtmlTags() {
      const t = locale === 'en' ? 'Handover docs changes' : 'Handover 文档更新';
      return {
        headTags: [
          { tagName: 'link', attributes: { rel: 'alternate', type: 'application/rss+xml', href: `${base}/rss.xml`, title: `${t} (RSS)` } },
          { tagName: 'link', attributes: { rel: 'alternate', type: 'application/atom+xml', href: `${base}/atom.xml`, title: `${t} (Atom)` } },
        ],
      };
    },
    async postBuild({ outDir }) {
      const feeds = docsChangeFeeds(ledger().changes, locale, siteUrl);
      const dir = path.join(outDir, 'docs-changes');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'rss.xml'), feeds.rss);
      writeFileSync(path.join(dir, 'atom.xml'), feeds.atom);
    },
  };
}
