import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {readFileSync} from 'node:fs';
import docsChangesPlugin, {withLedgerDates} from './scripts/docs-changes/plugin';
import {docsVersionOptions} from './scripts/docs-versions.mjs';
import {siteUrl} from './scripts/site-url.mjs';
import {darkCodeTheme, lightCodeTheme} from './src/prism-theme';

const release = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string}).version;

// Runs in Node.js at build time; the same site is served by the support server at `/`.

const config = {
  title: 'Handover',
  tagline: '系统交接的知识库与技术支持平台',
  favicon: 'img/logo.svg',

  // `v4: true` already turns on every Docusaurus Faster option (Rspack, SWC, Lightning CSS);
  // 3.10 rejects the old `experimental_faster` key.
  future: {v4: true},

  // PUBLIC_URL, as the server reads it; `npm start` rebuilds the site when it changes (scripts/ensure-built.mjs).
  url: siteUrl(),
  baseUrl: '/',

  // The release the docs describe: "ask about this page" names it in the ticket.
  customFields: {release},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  markdown: {
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw'},
    // v4 turns these MDX 1 conveniences off; we keep two. Error codes need stable anchors
    // (`### not_found {#not_found}`) because every problem+json `type` URL points at one, and
    // blog posts mark their excerpt with the usual `<!-- truncate -->`.
    mdx1Compat: {headingIds: true, comments: true},
    // "Last updated on …" comes from the committed ledger (docs-history.json), not git: the image has no .git.
    parseFrontMatter: withLedgerDates,
  },

  clientModules: ['./src/client/scrollable-tables.ts'],

  plugins: [
    // The ticket workspace has the ticket's number in its path; a page file cannot, so the route is added here.
    // Its one static shell is built at console/tickets/:number/ and the server serves it for every number.
    (context) => ({
      name: 'handover-console-routes',
      async contentLoaded({actions}) {
        actions.addRoute({path: `${context.baseUrl}console/tickets/:number`, component: '@site/src/console/workspace/WorkspaceRoute', exact: true});
      },
    }),
    // The root package.json says `"type": "module"` (for the server), so the bundler would parse the
    // generated `.docusaurus/*.js` as strict ESM (leaving `require.resolveWeak` untranslated) and Node
    // would load the static-generation bundle's chunks as ESM; both break static generation.
    // (package.json's browserslist keeps postcss-preset-env from polyfilling CSS cascade layers, which
    // would rank Infima above src/css/custom.css.)
    () => ({
      name: 'handover-site-build-fixes',
      configureWebpack: (_config, isServer) => ({
        module: {rules: [{test: /[\\/]\.docusaurus[\\/].*\.js$/, type: 'javascript/auto'}]},
        ...(isServer && {output: {chunkFilename: 'assets/js/[name].[contenthash:8].cjs'}}),
      }),
    }),
    // What changed in the docs: /docs-changes (and /en/…), its RSS and Atom feeds, from docs-history.json.
    docsChangesPlugin,
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', 'zh'],
        indexDocs: true,
        indexBlog: true,
        docsRouteBasePath: 'docs',
        highlightSearchTermsOnTargetPage: true,
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // The dates come from the front matter the ledger fills in (markdown.parseFrontMatter above).
          showLastUpdateTime: true,
          // The release at /docs/, `next` (docs/) at /docs/next/, only supported versions built (docs-versions.json).
          ...docsVersionOptions(),
        },
        blog: {
          blogTitle: '发布说明与最佳实践',
          blogDescription: 'Handover 的版本发布说明与交接、运维最佳实践。',
          blogSidebarTitle: '最近的文章',
          showReadingTime: true,
          feedOptions: {type: ['rss', 'atom'], copyright: 'Handover contributors, Apache-2.0'},
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
        },
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Handover',
      // The title beside the logo already says Handover; a repeated alt is noise to a screen reader.
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'userGuide', position: 'left', label: '用户手册'},
        {type: 'docSidebar', sidebarId: 'training', position: 'left', label: '培训'},
        {type: 'docSidebar', sidebarId: 'operations', position: 'left', label: '运维'},
        {
          type: 'dropdown',
          label: '技术参考',
          position: 'left',
          items: [
            {type: 'docSidebar', sidebarId: 'architecture', label: '架构'},
            {type: 'docSidebar', sidebarId: 'api', label: 'API'},
            {type: 'docSidebar', sidebarId: 'database', label: '数据库'},
            {type: 'docSidebar', sidebarId: 'business', label: '业务文档'},
          ],
        },
        {type: 'docSidebar', sidebarId: 'faq', position: 'left', label: '常见问题'},
        {to: '/blog', label: '博客', position: 'left'},
        // The full search (server-backed, with filters); the offline search box stays beside it.
        {to: '/support/search', label: '全文搜索', position: 'right'},
        {to: '/support', label: '技术支持', position: 'right'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '使用',
          items: [
            {label: '用户手册', to: '/docs/user-guide'},
            {label: '培训', to: '/docs/training'},
            {label: '常见问题', to: '/docs/faq'},
            {label: '技术支持', to: '/support'},
            {label: '员工控制台', to: '/console'},
          ],
        },
        {
          title: '技术参考',
          items: [
            {label: '架构', to: '/docs/architecture'},
            {label: 'API', to: '/docs/api'},
            {label: '数据库', to: '/docs/database'},
            {label: '运维', to: '/docs/operations'},
            {label: '业务文档', to: '/docs/business'},
          ],
        },
        {
          title: '更新',
          items: [
            {label: '发布说明与最佳实践', to: '/blog'},
            {label: 'RSS', href: 'pathname:///blog/rss.xml'},
            {label: 'Atom', href: 'pathname:///blog/atom.xml'},
            {label: '文档更新与订阅', to: '/docs-changes'},
          ],
        },
      ],
      copyright: `Copyright © ${new Date().getFullYear()} Handover contributors · Apache-2.0`,
    },
    // Mermaid shrinks a diagram to the column's width by default, which put the architecture diagrams'
    // text at 3–8 px. Drawn at their own size they keep 16 px text; a wide one scrolls (src/css/custom.css).
    mermaid: {
      theme: {light: 'neutral', dark: 'dark'},
      options: {
        fontSize: 16,
        flowchart: {useMaxWidth: false, nodeSpacing: 30, rankSpacing: 40},
        state: {useMaxWidth: false},
        er: {useMaxWidth: false},
        // Long messages wrap inside narrower lanes instead of spreading the diagram sideways.
        sequence: {useMaxWidth: false, wrap: true, width: 140, actorMargin: 30, messageFontSize: 15, actorFontSize: 15, noteFontSize: 15},
      },
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'http', 'ini'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
