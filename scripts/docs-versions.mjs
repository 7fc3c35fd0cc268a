// Which docs versions a site build holds, and where each is served. Read by docusaurus.config.ts (the docs plugin's
// version options), scripts/ensure-built.mjs (a build of other versions is another build) and the release script.
//   versions.json       every version ever cut, newest first (Docusaurus' own file, written by `npm run docs:version`)
//   docs-versions.json  {"supported": [...]}: the cut versions still built and served; the others stay in git only
//   DOCS_VERSIONS=current,0.8.0   build exactly these (a quick dev build, a bisect)
//   DOCS_ONLY_CURRENT=1           build only the unreleased docs (docs/), served at /docs/
// The newest released version that is built is served at /docs/, the unreleased docs (`current`) at /docs/next/ with
// the "unreleased" banner, older supported versions at /docs/<version>/ with the "unmaintained" banner.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const currentVersion = 'current';
/** What a reader sees for `current` in the dropdown, the banner and the search page. */
export const nextLabel = 'next';

const readJson = (file, fallback) => (existsSync(`${root}${file}`) ? JSON.parse(readFileSync(`${root}${file}`, 'utf8')) : fallback);

/** Every cut version, newest first (versions.json). @returns {string[]} */
export function cutVersions() {
  return readJson('versions.json', []);
}

/** The cut versions a normal build includes (docs-versions.json). @returns {string[]} */
export function supportedVersions() {
  return readJson('docs-versions.json', { supported: [] }).supported;
}

/**
 * The versions this build includes, `current` among them unless left out; throws naming the variable at fault.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function includedVersions(env = process.env) {
  const cut = cutVersions();
  if (env.DOCS_ONLY_CURRENT === '1') return [currentVersion];
  if (env.DOCS_VERSIONS) {
    const wanted = env.DOCS_VERSIONS.split(',').map((name) => name.trim()).filter(Boolean);
    const unknown = wanted.filter((name) => name !== currentVersion && !cut.includes(name));
    if (wanted.length === 0 || unknown.length > 0) {
      throw new Error(`DOCS_VERSIONS=${env.DOCS_VERSIONS}: expected "current" and cut versions (${cut.join(', ') || 'none yet'}) separated by commas${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
    }
    return [...new Set(wanted)];
  }
  const unsupported = supportedVersions().filter((name) => !cut.includes(name));
  if (unsupported.length > 0) throw new Error(`docs-versions.json lists versions never cut (not in versions.json): ${unsupported.join(', ')}`);
  return [currentVersion, ...supportedVersions()];
}

/**
 * The released version served at /docs/: the newest cut version included, or `current` when none is.
 * @param {string[]} included
 * @returns {string}
 */
export function lastVersion(included = includedVersions()) {
  return cutVersions().find((name) => included.includes(name)) ?? currentVersion;
}

/**
 * The docs plugin's version options for this build.
 * @param {Record<string, string | undefined>} env
 * @returns {{lastVersion: string, includeCurrentVersion: boolean, onlyIncludeVersions: string[], versions: Record<string, {label: string, path?: string, banner: 'none' | 'unreleased' | 'unmaintained'}>}}
 */
export function docsVersionOptions(env = process.env) {
  const included = includedVersions(env);
  const last = lastVersion(included);
  const versions = Object.fromEntries(
    included.map((name) => {
      if (name === last) return [name, { label: name === currentVersion ? nextLabel : name, banner: 'none' }];
      if (name === currentVersion) return [name, { label: nextLabel, path: 'next', banner: 'unreleased' }];
      return [name, { label: name, path: name, banner: 'unmaintained' }];
    }),
  );
  return { lastVersion: last, includeCurrentVersion: included.includes(currentVersion), onlyIncludeVersions: included, versions };
}

/** The translated locales (docusaurus.config.ts `i18n.locales` less the default): each has its copy of a version. */
export const translatedLocales = ['en'];

/**
 * The files and folders one cut version consists of under `dir`: its docs, its sidebars, and per translated locale
 * its docs and its labels (sidebar categories, the version's own label).
 * @param {string} dir
 * @param {string} version
 * @returns {string[]}
 */
export function versionedPaths(dir, version) {
  return [
    `${dir}/versioned_docs/version-${version}`,
    `${dir}/versioned_sidebars/version-${version}-sidebars.json`,
    ...translatedLocales.flatMap((locale) => [
      `${dir}/i18n/${locale}/docusaurus-plugin-content-docs/version-${version}`,
      `${dir}/i18n/${locale}/docusaurus-plugin-content-docs/version-${version}.json`,
    ]),
  ].map((file) => file.replace(/\/+/g, '/'));
}
