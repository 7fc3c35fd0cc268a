import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cutVersions, docsVersionOptions, includedVersions, supportedVersions, translatedLocales, versionedPaths } from '../../scripts/docs-versions.mjs';

/**
 * The docs versions are data in four places (versions.json, docs-versions.json, the versioned folders of both
 * locales, the navbar's dropdown); `npm run docs:version` keeps them together, and this keeps a hand edit honest.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
const release = (JSON.parse(read('package.json')) as { version: string }).version;

describe('the docs versions', () => {
  it('lists each cut version once, newest release first, and supports only versions that were cut', () => {
    const cut = cutVersions();
    expect(cut.length).toBeGreaterThan(0);
    for (const version of cut) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(new Set(cut).size).toBe(cut.length);
    expect([...cut].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))).toEqual(cut);
    for (const version of supportedVersions()) expect(cut).toContain(version);
  });

  it('has the docs of the release in package.json cut (cut the docs version when you release)', () => {
    expect(cutVersions()).toContain(release);
    expect(supportedVersions()).toContain(release);
  });

  it.each(cutVersions())('keeps version %s whole: its docs and sidebars, and each translated locale’s docs and labels', (version) => {
    for (const target of versionedPaths(root, version)) expect(existsSync(target), path.relative(root, target)).toBe(true);
    const [docs] = versionedPaths(root, version);
    const pages = filesUnder(docs!).filter((file) => /\.mdx?$/.test(file));
    expect(pages.length).toBeGreaterThan(0);
    for (const locale of translatedLocales) {
      const translated = path.join(root, `i18n/${locale}/docusaurus-plugin-content-docs/version-${version}`);
      // Every page a reader can open exists in both languages, in every version.
      expect(filesUnder(translated).filter((file) => /\.mdx?$/.test(file))).toEqual(pages);
      const labels = JSON.parse(readFileSync(`${translated}.json`, 'utf8')) as Record<string, { message: string }>;
      expect(labels['version.label']?.message).toBe(version);
    }
    const sidebars = JSON.parse(readFileSync(versionedPaths(root, version)[1]!, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(sidebars).length).toBeGreaterThan(0);
  });

  it('serves the newest supported release at /docs/, next at /docs/next/ with the unreleased banner, older ones unmaintained', () => {
    const options = docsVersionOptions({});
    const [newest, ...older] = supportedVersions();
    expect(options.lastVersion).toBe(newest);
    expect(options.onlyIncludeVersions).toEqual(['current', ...supportedVersions()]);
    expect(options.versions.current).toEqual({ label: 'next', path: 'next', banner: 'unreleased' });
    expect(options.versions[newest!]).toMatchObject({ label: newest, banner: 'none' });
    expect(options.versions[newest!]?.path).toBeUndefined();
    for (const version of older) expect(options.versions[version]).toEqual({ label: version, path: version, banner: 'unmaintained' });
  });

  it('builds only what DOCS_ONLY_CURRENT or DOCS_VERSIONS asks for, and names the variable when it names no version', () => {
    expect(docsVersionOptions({ DOCS_ONLY_CURRENT: '1' })).toMatchObject({ lastVersion: 'current', onlyIncludeVersions: ['current'], includeCurrentVersion: true });
    const newest = supportedVersions()[0]!;
    expect(includedVersions({ DOCS_VERSIONS: `current, ${newest}` })).toEqual(['current', newest]);
    expect(docsVersionOptions({ DOCS_VERSIONS: newest })).toMatchObject({ lastVersion: newest, includeCurrentVersion: false });
    expect(() => includedVersions({ DOCS_VERSIONS: 'current,0.0.1-nope' })).toThrow(/DOCS_VERSIONS=.*unknown: 0\.0\.1-nope/);
  });

  it('has the version dropdown in the navbar and the translated locales the config builds', () => {
    const config = read('docusaurus.config.ts');
    expect(config).toMatch(/\{type: 'docsVersionDropdown', position: 'right'\}/);
    expect(config).toMatch(/\.\.\.docsVersionOptions\(\)/);
    const locales = /locales: \[([^\]]*)\]/.exec(config)?.[1]?.match(/'([^']+)'/g)?.map((quoted) => quoted.slice(1, -1));
    const defaultLocale = /defaultLocale: '([^']+)'/.exec(config)?.[1];
    expect(locales?.filter((locale) => locale !== defaultLocale)).toEqual(translatedLocales);
  });

  it('rebuilds the site when a versioned file or the version lists change', () => {
    const ensureBuilt = read('scripts/ensure-built.mjs');
    for (const source of ['versioned_docs', 'versioned_sidebars', 'versions.json', 'docs-versions.json']) expect(ensureBuilt).toContain(`'${source}'`);
  });
});
